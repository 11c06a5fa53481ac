package dev.sluice.example.notebook;

import dev.sluice.example.tour.Tour;
import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.ScopedSession;
import java.util.Optional;
import javax.inject.Inject;
import org.jdbi.v3.core.Jdbi;

/**
 * A bulk DELETE of persons: no cascade runs, so what happens to a OneLog depends only on
 * whether the database enforces its foreign key. The tour shows what really happens.
 */
final class BulkDeleteSteps {
  private static final String BULK_DELETE = "DELETE FROM persons WHERE name = ?";

  private final ScopedSession session;
  private final OneLogDao oneLogs;

  @Inject
  BulkDeleteSteps(ScopedSession session, OneLogDao oneLogs) {
    this.session = session;
    this.oneLogs = oneLogs;
  }

  void play(Tour t) {
    t.say("The corner case: a DELETE the session does not plan runs no relationship"
        + " cascade. In SQLAlchemy that is query(Person).filter_by(name='user').delete(); in"
        + " Sluice it is raw SQL through session.handle() (Sluice's own query(...).delete()"
        + " and PersonDao.deleteWhere do cascade).");
    Person p = new Person("user");
    OneLog olog = new OneLog();
    t.run("Person p = new Person(\"user\");\nOneLog olog = new OneLog();\n"
        + "olog.person.set(p);\nsession.add(olog);\nsession.commit();", () -> {
          olog.person.set(p);
          session.add(olog);
          session.commit();
        });
    t.rows("persons", "onelogs");
    Optional<RuntimeException> failure = t.attempt(
        "session.handle().execute(\"" + BULK_DELETE + "\", \"user\");",
        () -> session.handle().execute(BULK_DELETE, "user"));
    boolean personsDeleted;
    if (failure.isEmpty()) {
      t.say("This connection does not enforce foreign keys (SQLite's default, the setting of"
          + " the notes): the persons are gone and nothing touched the log.");
      t.run("session.commit();", session::commit);
      personsDeleted = true;
    } else {
      refused(t);
      personsDeleted = asInTheNotes(t);
    }
    if (personsDeleted) {
      danglingLog(t);
    }
  }

  private void refused(Tour t) {
    t.say((t.dialect() == Dialect.SQLITE
        ? "The tour's SQLite connection enforces foreign keys (PRAGMA foreign_keys=ON)"
        : "PostgreSQL always enforces foreign keys")
        + ", and onelogs.person_id has no ON DELETE action: the database refuses the"
        + " statement. Nothing cascaded, neither in the ORM nor in the database. Roll back.");
    t.run("session.rollback();", session::rollback);
  }

  /** Repeats the delete as the notes ran it, where the database allows that. */
  private boolean asInTheNotes(Tour t) {
    Optional<Jdbi> unenforced = t.withoutForeignKeyEnforcement();
    if (unenforced.isEmpty()) {
      t.say("The notes ran on SQLite without foreign-key enforcement. PostgreSQL cannot"
          + " switch a constraint off; there the notes' outcome needs a key the database"
          + " does not enforce: a logical @ForeignKey(constraint = false), or none at all"
          + " (see the audit scenario). Here the person and its log both stay.");
      return false;
    }
    t.say("The notes ran on SQLite without foreign-key enforcement, SQLite's default. On a"
        + " connection like theirs, the same statement deletes every person named user:");
    Jdbi notes = unenforced.get();
    t.eval("Jdbi notes = Jdbi.create(url); // PRAGMA foreign_keys=OFF\n"
        + "notes.withHandle(h -> h.execute(\"" + BULK_DELETE + "\", \"user\"))",
        () -> notes.withHandle(h -> h.execute(BULK_DELETE, "user")));
    return true;
  }

  private void danglingLog(Tour t) {
    t.say("The log survived with a person_id that points at nothing. The session does not"
        + " know about the bulk delete, so forget what it loaded (SQLAlchemy expires"
        + " everything at commit) and read the log again:");
    t.run("session.expungeAll();", session::expungeAll);
    OneLog log = t.eval("OneLog l = oneLogs.first().orElseThrow();",
        () -> oneLogs.first().orElseThrow());
    t.eval("l.personId", () -> log.personId);
    t.eval("l.person.get()", log.person::get);
    t.rows("persons", "onelogs");
  }
}
