package dev.sluice.it.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.IntegrityException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** The notebook's scenarios, with the outcomes SQLAlchemy gives on the same model. */
class NotebookTest {
  @DatabaseTest
  void deletingThePersonNullifiesItsLogs(TestDatabase db) {
    SessionFactory factory = db.create(NotebookSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new Person("user"));
      session.commit();
      Person user = new PersonDao(session).first().orElseThrow();
      Log log = new Log();
      log.person.set(user);
      session.add(log);
      session.commit();

      session.delete(user);
      session.commit();

      assertNull(log.personId);
      assertNull(log.person.get());
      assertEquals(ObjectState.DETACHED, session.state(user));
    }
    assertEquals(List.of(1L), db.column("SELECT COUNT(*) FROM \"logs\" WHERE \"person_id\" IS NULL")
        .stream().map(v -> ((Number) v).longValue()).toList());
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"persons\""));
  }

  @DatabaseTest
  void aNotNullForeignKeyMakesTheDeleteFailThenManualDeleteWorks(TestDatabase db) {
    SessionFactory factory = db.create(NotebookSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Person p = new Person("user");
      OtherLog log = new OtherLog();
      log.person.set(p);
      session.add(p);
      session.add(log);
      session.commit();

      session.delete(p);
      IntegrityException failure = assertThrows(IntegrityException.class, session::commit);
      assertTrue(failure.sql().startsWith("UPDATE \"otherlogs\" SET \"person_id\" = ?"),
          failure.sql());
      session.rollback();

      session.handle().execute("DELETE FROM \"otherlogs\"");
      session.delete(p);
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"otherlogs\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"persons\""));
  }

  @DatabaseTest
  void allDeleteOrphanDeletesLogsWithTheirPersonButNotTheOtherWayRound(TestDatabase db) {
    SessionFactory factory = db.create(NotebookSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Person p = new Person("user");
      MoreLog log = new MoreLog();
      log.person.set(p);
      session.add(log);
      session.commit();
      assertEquals(1, new MoreLogDao(session).count());

      session.delete(p);
      session.commit();
      assertEquals(0, new MoreLogDao(session).count());

      Person q = new Person("user");
      q.morelogs.add(new MoreLog());
      session.add(q);
      session.commit();
      MoreLog stored = new MoreLogDao(session).first().orElseThrow();
      session.delete(stored);
      session.commit();
      assertEquals(0, new MoreLogDao(session).count());
      assertEquals(1, new PersonDao(session).count());
    }
  }

  @DatabaseTest
  void oneToOneDeletesItsLogAndReplacingOneDeletesTheOrphanFirst(TestDatabase db) {
    SessionFactory factory = db.create(NotebookSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Person p = new Person("user");
      OneLog first = new OneLog();
      first.person.set(p);
      session.add(p);
      session.commit();
      assertSame(first, p.log.get());

      OneLog second = new OneLog();
      p.log.set(second);
      session.commit();
      assertEquals(List.of(second.uid), new OneLogDao(session).findAll().stream()
          .map(l -> l.uid).toList());
      assertEquals(ObjectState.DETACHED, session.state(first));

      session.delete(p);
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"onelogs\""));
  }

  @DatabaseTest
  void deletingPersonsClearsTheirManyToManyLinksAndKeepsTheLog(TestDatabase db) {
    SessionFactory factory = db.create(NotebookSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Person person1 = new Person("person1");
      Person person2 = new Person("person2");
      ManyLog log = new ManyLog();
      log.persons.add(person1);
      log.persons.add(person2);
      session.add(log);
      session.commit();
      assertEquals(2, db.number("SELECT COUNT(*) FROM \"manylog_person\""));

      session.delete(new PersonDao(session).where("name = :name").bind("name", "person1").one());
      session.commit();
      assertEquals(List.of("person2"), log.persons.stream().map(p -> p.name).toList());
      assertEquals(1, db.number("SELECT COUNT(*) FROM \"manylog_person\""));

      session.delete(person2);
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"manylog_person\""));
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"manylogs\""));
  }
}
