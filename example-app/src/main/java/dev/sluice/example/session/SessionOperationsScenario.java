package dev.sluice.example.session;

import dev.sluice.example.tour.SessionScenario;
import dev.sluice.example.tour.Tour;
import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import javax.inject.Inject;

/** What the session does with objects: expunge, merge, refresh, expire, failed flushes. */
public final class SessionOperationsScenario extends SessionScenario {
  private final CustomerDao customers;
  private final FailedFlushSteps failedFlush;

  @Inject
  SessionOperationsScenario(SessionFactory factory, ScopedSession session,
      CustomerDao customers, FailedFlushSteps failedFlush) {
    super(factory, session);
    this.customers = customers;
    this.failedFlush = failedFlush;
  }

  @Override
  public void play(Tour t) {
    t.run("Customer created = new Customer(\"ann\", \"ann@example.com\");\n"
        + "created.orders.add(new Order(\"book\"));\nsession.add(created);\nsession.commit();\n"
        + "session.expungeAll();", () -> {
          Customer created = new Customer("ann", "ann@example.com");
          created.orders.add(new Order("book"));
          session.add(created);
          session.commit();
          session.expungeAll();
        });
    Customer ann = t.eval("Customer ann = customers.first().orElseThrow();",
        () -> customers.first().orElseThrow());
    t.say("expunge: the session lets go of an object (and, through the EXPUNGE cascade that"
        + " ALL includes, of its loaded orders). Changes to a detached object are not"
        + " flushed.");
    t.run("session.expunge(ann);", () -> session.expunge(ann));
    t.eval("session.state(ann)", () -> session.state(ann));
    t.run("ann.name = \"anne\";\nsession.commit();", () -> {
      ann.name = "anne";
      session.commit();
    });
    t.rows("customers");
    Customer merged = merge(t, ann);
    refreshAndExpire(t, merged);
    failedFlush.play(t, merged);
  }

  private Customer merge(Tour t, Customer ann) {
    t.say("merge: copies a detached object's state onto the session's own instance of the"
        + " same row, loading it first, and returns that instance. The detached object stays"
        + " detached.");
    Customer merged = t.eval("Customer merged = session.merge(ann);", () -> session.merge(ann));
    t.eval("merged == ann", () -> merged == ann);
    t.eval("session.dirtyObjects()", session::dirtyObjects);
    t.run("session.commit();", session::commit);
    t.eval("merged.orders", () -> List.copyOf(merged.orders));
    return merged;
  }

  private void refreshAndExpire(Tour t, Customer merged) {
    t.say("refresh: reads the row again now; unflushed changes are lost.");
    t.run("merged.name = \"not saved\";\nsession.refresh(merged);", () -> {
      merged.name = "not saved";
      session.refresh(merged);
    });
    t.eval("merged.name", () -> merged.name);
    t.say("expire: marks the object stale; the session reads it again the next time it hands"
        + " it out. A raw UPDATE changes the row behind the session's back:");
    t.run("session.handle().execute(\"UPDATE customers SET name = 'annie' WHERE id = ?\","
        + " merged.id);", () -> session.handle()
            .execute("UPDATE customers SET name = 'annie' WHERE id = ?", merged.id));
    t.eval("session.get(Customer.class, merged.id).name  // the identity map, no SQL",
        () -> session.get(Customer.class, merged.id).name);
    t.run("session.expire(merged);", () -> session.expire(merged));
    t.eval("session.get(Customer.class, merged.id).name",
        () -> session.get(Customer.class, merged.id).name);
    t.run("session.commit();", session::commit);
  }
}
