package dev.sluice.example.session;

import dev.sluice.example.tour.Tour;
import dev.sluice.runtime.IntegrityException;
import dev.sluice.runtime.ScopedSession;
import javax.inject.Inject;

/** A flush that fails leaves database and objects as they were: fix and flush, or roll back. */
final class FailedFlushSteps {
  private final ScopedSession session;

  @Inject
  FailedFlushSteps(ScopedSession session) {
    this.session = session;
  }

  void play(Tour t, Customer merged) {
    t.say("A flush that fails: bob takes ann's e-mail, which is UNIQUE.");
    Customer bob = new Customer("bob", "ann@example.com");
    t.run("Customer bob = new Customer(\"bob\", \"ann@example.com\");\n"
        + "bob.orders.add(new Order(\"pen\"));\nmerged.name = \"ann\";\nsession.add(bob);",
        () -> {
          bob.orders.add(new Order("pen"));
          merged.name = "ann";
          session.add(bob);
        });
    t.fails("session.flush();", IntegrityException.class, session::flush);
    t.say("Every flush runs in a savepoint, so the failure undid all of it: the database is"
        + " as it was, and the session still holds the pending changes, none of them lost.");
    t.rows("customers", "orders");
    t.eval("bob.id", () -> bob.id);
    t.eval("session.newObjects()", session::newObjects);
    t.eval("session.dirtyObjects()", session::dirtyObjects);
    t.say("Fix the cause and flush again:");
    t.run("bob.email = \"bob@example.com\";\nsession.commit();", () -> {
      bob.email = "bob@example.com";
      session.commit();
    });
    t.rows("customers", "orders");

    t.say("Or give up with rollback(), as in SQLAlchemy: objects added in the transaction"
        + " become transient again, changed ones get back the values last read.");
    Customer cat = new Customer("cat", "ann@example.com");
    t.run("Customer cat = new Customer(\"cat\", \"ann@example.com\");\n"
        + "session.add(cat);\nmerged.name = \"nobody\";", () -> {
          session.add(cat);
          merged.name = "nobody";
        });
    t.fails("session.commit();", IntegrityException.class, session::commit);
    t.run("session.rollback();", session::rollback);
    t.eval("session.state(cat)", () -> session.state(cat));
    t.eval("merged.name", () -> merged.name);
  }
}
