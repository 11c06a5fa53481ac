package dev.sluice.example.notebook;

import dev.sluice.example.tour.Tour;
import dev.sluice.runtime.IntegrityException;
import dev.sluice.runtime.ScopedSession;
import java.util.List;
import javax.inject.Inject;

/** Log (the default cascade nullifies) and OtherLog (NOT NULL: the same delete fails). */
final class NullifySteps {
  private final ScopedSession session;
  private final PersonDao persons;

  @Inject
  NullifySteps(ScopedSession session, PersonDao persons) {
    this.session = session;
    this.persons = persons;
  }

  void play(Tour t) {
    log(t);
    otherLog(t);
  }

  private void log(Tour t) {
    t.say("Log has the default cascade (save-update, merge). Deleting a person sets"
        + " person_id of its logs to NULL, as SQLAlchemy does.");
    t.run("session.add(new Person(\"user\"));\nsession.commit();", () -> {
      session.add(new Person("user"));
      session.commit();
    });
    Person user = t.eval("Person user = persons.first().orElseThrow();",
        () -> persons.first().orElseThrow());
    Log log = new Log();
    t.run("Log log = new Log();\nlog.person.set(user);\nsession.add(log);\nsession.commit();",
        () -> {
          log.person.set(user);
          session.add(log);
          session.commit();
        });
    t.run("session.delete(user);\nsession.commit();", () -> {
      session.delete(user);
      session.commit();
    });
    t.eval("log.person.get()", log.person::get);
    t.eval("log", () -> log);
    t.rows("persons", "logs");
  }

  private void otherLog(Tour t) {
    t.say("OtherLog's person_id is NOT NULL, and its cascade is still the default: deleting"
        + " the person tries to set person_id to NULL, and the database refuses. Sluice"
        + " warns about this mapping when it compiles (sluice:nullify-not-null); OtherLog"
        + " suppresses the warning to show the failure.");
    Person p = new Person("user");
    OtherLog olog = new OtherLog();
    t.run("Person p = new Person(\"user\");\nOtherLog olog = new OtherLog();\n"
        + "olog.person.set(p);\nsession.add(p);\nsession.add(olog);\nsession.commit();", () -> {
          olog.person.set(p);
          session.add(p);
          session.add(olog);
          session.commit();
        });
    t.run("session.delete(p);", () -> session.delete(p));
    IntegrityException e = t.fails("session.commit();", IntegrityException.class,
        session::commit);
    t.eval("List.of(e.entity(), e.operation())", () -> List.of(e.entity(), e.operation()));
    t.say("The failed flush left the database as it was. Roll back, as the notes do: p is"
        + " persistent again.");
    t.run("session.rollback();", session::rollback);
    t.eval("session.state(p)", () -> session.state(p));
    t.say("The notes' workaround: delete the logs by hand with a bulk statement, then the"
        + " person. session.handle() runs raw SQL inside the session's transaction.");
    t.run("session.handle().execute(\"DELETE FROM otherlogs WHERE person_id = ?\", p.uid);\n"
        + "session.delete(p);\nsession.commit();", () -> {
          session.handle().execute("DELETE FROM otherlogs WHERE person_id = ?", p.uid);
          session.delete(p);
          session.commit();
        });
    t.rows("persons", "otherlogs");
  }
}
