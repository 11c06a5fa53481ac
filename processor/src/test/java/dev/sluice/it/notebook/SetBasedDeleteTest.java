package dev.sluice.it.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deleting parents whose children are not loaded: set-based statements (or row by row, on the
 * other path) with the same final rows, and the bulk {@code deleteWhere} that cascades.
 */
class SetBasedDeleteTest {
  @DatabaseTest
  void deleteWhereCascadesAndKeepsTheIdentityMapTrue(TestDatabase db) {
    SessionFactory factory = db.create(NotebookSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.addAll(people(3, 2));
      session.commit();
      session.expungeAll();

      Log log = new LogDao(session).first().orElseThrow();
      MoreLog moreLog = new MoreLogDao(session).first().orElseThrow();
      Person kept = new PersonDao(session).where("name = 'p2'").one();
      int deleted = new PersonDao(session).deleteWhere("name IN (:a, :b)",
          Map.of("a", "p0", "b", "p1"));
      assertEquals(2, deleted);

      assertNull(log.personId);
      assertNull(log.person.get());
      assertEquals(ObjectState.DELETED, session.state(moreLog), "deleted until the commit");
      assertEquals(ObjectState.PERSISTENT, session.state(kept));
      session.commit();
      assertEquals(ObjectState.DETACHED, session.state(moreLog));
    }
    assertEquals(List.of("p2"), db.column("SELECT \"name\" FROM \"persons\""));
    assertEquals(4, db.number("SELECT COUNT(*) FROM \"logs\" WHERE \"person_id\" IS NULL"));
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"morelogs\""));
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"manylog_person\""));
    assertEquals(3, db.number("SELECT COUNT(*) FROM \"manylogs\""));
  }

  @DatabaseTest
  void theStatementCountDoesNotGrowWithTheNumberOfChildren(TestDatabase db) {
    SessionFactory factory = db.create(NotebookSchema_Metadata.INSTANCE);
    List<Integer> counts = new ArrayList<>();
    for (int children : new int[] {2, 20}) {
      try (Session session = factory.openSession()) {
        session.addAll(people(5, children));
        session.commit();
        db.clearStatements();
        new PersonDao(session).deleteWhere("1 = 1", Map.of());
        session.commit();
        counts.add(db.statements().size());
      }
      assertEquals(0, db.number("SELECT COUNT(*) FROM \"persons\""));
      assertEquals(0, db.number("SELECT COUNT(*) FROM \"morelogs\""));
    }
    assertEquals(counts.get(0), counts.get(1), "statements for 2 and for 20 children each");
  }

  @DatabaseTest
  void aSessionDeleteReachesUnloadedChildrenWithoutLoadingThem(TestDatabase db) {
    SessionFactory factory = db.create(NotebookSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.addAll(people(1, 50));
      session.commit();
      session.expungeAll();

      Person person = new PersonDao(session).first().orElseThrow();
      db.clearStatements();
      session.delete(person);
      session.commit();
      long childSelects = db.statements("SELECT").stream()
          .filter(s -> s.contains("FROM \"logs\"") || s.contains("FROM \"morelogs\"")).count();
      if (db.setBasedDeletes()) {
        assertEquals(0, childSelects, db.statements().toString());
        assertTrue(db.statements().size() < 12, db.statements().toString());
      } else {
        assertEquals(2, childSelects, db.statements().toString());
      }
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"morelogs\""));
    assertEquals(50, db.number("SELECT COUNT(*) FROM \"logs\" WHERE \"person_id\" IS NULL"));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"onelogs\""));
  }

  /** {@code count} persons, each with {@code children} logs and more-logs, a one-log, a link. */
  static List<Person> people(int count, int children) {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Person person = new Person("p" + i);
      for (int c = 0; c < children; c++) {
        person.logs.add(new Log());
        person.morelogs.add(new MoreLog());
      }
      person.log.set(new OneLog());
      ManyLog many = new ManyLog();
      many.persons.add(person);
      person.manylogs.add(many);
      people.add(person);
    }
    return people;
  }
}
