package dev.sluice.conformance.joined;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.IntegrityException;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Joined-table inheritance as the note maps it: {@code people} with {@code engineers} keyed by
 * a foreign key and {@code managers} by a logical one, a class sharing {@code managers}, rows
 * referencing a joined subclass, and a parent whose cascade reaches every table. Final rows are
 * compared table by table.
 */
class JoinedInheritanceTest {
  private static final String PEOPLE = "SELECT id, name, type FROM people ORDER BY id";
  private static final String ENGINEERS = "SELECT id, primary_language FROM engineers ORDER BY id";
  private static final String MANAGERS =
      "SELECT person_id, manager_data, golf_swing FROM managers ORDER BY person_id";

  private static long[] fixture(SessionFactory factory) {
    try (Session session = factory.openSession()) {
      Company company = new Company("Acme");
      Engineer dilbert = new Engineer("Dilbert", "java");
      Manager pointy = new Manager("Pointy", "hair");
      Boss boss = new Boss("Boss", "money", "slice");
      Person wally = new Person("Wally");
      company.people.addAll(List.of(dilbert, pointy, boss, wally));
      dilbert.machines.add(new Machine("IBM"));
      session.add(company);
      session.commit();
      return new long[] {company.id, dilbert.id, pointy.id, boss.id, wally.id};
    }
  }

  @DatabaseTest
  void anInsertWritesTheBaseRowThenEachJoinedRowWithItsKey(TestDatabase db) {
    SessionFactory factory = db.create(JoinedSchema_Metadata.INSTANCE);
    db.clearStatements();
    long[] ids = fixture(factory);
    assertEquals(List.of(
        List.of(ids[1], "Dilbert", "engineer"), List.of(ids[2], "Pointy", "manager"),
        List.of(ids[3], "Boss", "boss"), List.of(ids[4], "Wally", "person")),
        values(db.rows(PEOPLE)));
    assertEquals(List.of(List.of(ids[1], "java")), values(db.rows(ENGINEERS)));
    assertEquals(List.of(Arrays.asList(ids[2], "hair", null), List.of(ids[3], "money", "slice")),
        values(db.rows(MANAGERS)));
    assertEquals(ids[1], db.number("SELECT engineer_id FROM machines"));
    List<String> inserts = db.statements("INSERT");
    assertTrue(inserts.indexOf(first(inserts, "people")) < inserts.indexOf(
        first(inserts, "engineers")), inserts.toString());
  }

  @DatabaseTest
  void theRootLoadsEachRowAsTheClassItNamesWithTheColumnsOfItsTables(TestDatabase db) {
    SessionFactory factory = db.create(JoinedSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    try (Session session = factory.openSession()) {
      db.clearStatements();
      assertEquals("[Engineer(Dilbert), Manager(Pointy), Boss(Boss), Person(Wally)]",
          session.query(Person.class).orderBy("id").list().toString());
      assertEquals(1, db.statements("SELECT").size(), "one statement joins every table");
      Engineer dilbert = assertInstanceOf(Engineer.class, session.get(Person.class, ids[1]));
      assertEquals("java", dilbert.primaryLanguage);
      Boss boss = assertInstanceOf(Boss.class, session.get(Person.class, ids[3]));
      assertEquals("money", boss.managerData);
      assertEquals("slice", boss.golfSwing);
    }
    try (Session session = factory.openSession()) {
      assertEquals("[Manager(Pointy), Boss(Boss)]",
          session.query(Manager.class).orderBy("id").list().toString());
      assertEquals("[Engineer(Dilbert)]", new EngineerDao(session).findAll().toString());
      // conditions name columns of any of the hierarchy's tables
      assertEquals("[Boss(Boss)]", session.query(Manager.class)
          .where("golf_swing = 'slice' AND name = 'Boss'").list().toString());
      assertEquals(2, session.query(Manager.class).count());
      assertEquals(1, session.get(Engineer.class, ids[1]).machines.size());
    }
  }

  @DatabaseTest
  void anUpdateWritesOnlyTheTablesOfTheChangedColumns(TestDatabase db) {
    SessionFactory factory = db.create(JoinedSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    try (Session session = factory.openSession()) {
      Boss boss = session.get(Boss.class, ids[3]);
      Engineer dilbert = session.get(Engineer.class, ids[1]);
      boss.golfSwing = "hook";
      boss.name = "Big Boss";
      dilbert.primaryLanguage = "kotlin";
      db.clearStatements();
      session.commit();
      List<String> updates = db.statements("UPDATE");
      assertEquals(3, updates.size(), updates.toString());
      assertTrue(updates.stream().anyMatch(sql -> sql.startsWith("UPDATE \"managers\" SET "
          + "\"golf_swing\" = ?")), updates.toString());
      assertTrue(updates.stream().anyMatch(sql -> sql.startsWith("UPDATE \"people\" SET "
          + "\"name\" = ?")), updates.toString());
    }
    assertEquals(List.of(Arrays.asList(ids[2], "hair", null), List.of(ids[3], "money", "hook")),
        values(db.rows(MANAGERS)));
    assertEquals(List.of(List.of(ids[1], "kotlin")), values(db.rows(ENGINEERS)));
    assertEquals("Big Boss", db.column("SELECT name FROM people WHERE id = " + ids[3]).get(0));
  }

  @DatabaseTest
  void aDeleteRemovesTheJoinedRowsBeforeTheBaseRow(TestDatabase db) {
    SessionFactory factory = db.create(JoinedSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    try (Session session = factory.openSession()) {
      Person dilbert = session.get(Person.class, ids[1]);
      Person boss = session.get(Person.class, ids[3]);
      session.delete(dilbert);
      session.delete(boss);
      db.clearStatements();
      session.commit();
      List<String> deletes = db.statements("DELETE");
      // each class's rows: its joined table's DELETE, then the base table's for the same keys
      for (String table : List.of("engineers", "managers")) {
        int at = deletes.indexOf(first(deletes, table));
        assertEquals("DELETE FROM \"people\" WHERE \"id\" = ?", deletes.get(at + 1),
            deletes.toString());
      }
      assertTrue(deletes.indexOf(first(deletes, "machines"))
          < deletes.indexOf(first(deletes, "engineers")), deletes.toString());
    }
    assertEquals(List.of(List.of(ids[2], "Pointy", "manager"), List.of(ids[4], "Wally", "person")),
        values(db.rows(PEOPLE)));
    assertEquals(List.of(), db.rows(ENGINEERS));
    assertEquals(List.of(Arrays.asList(ids[2], "hair", null)), values(db.rows(MANAGERS)));
    assertEquals(0, db.number("SELECT COUNT(*) FROM machines"));
  }

  @DatabaseTest
  void aCascadeFromAParentReachesEveryTableOfTheHierarchy(TestDatabase db) {
    SessionFactory factory = db.create(JoinedSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    try (Session session = factory.openSession()) {
      // the people are not loaded: the hierarchy's rows are loaded and deleted one by one
      session.delete(session.get(Company.class, ids[0]));
      session.commit();
    }
    for (String table : List.of("companies", "people", "engineers", "managers", "machines")) {
      assertEquals(0, db.number("SELECT COUNT(*) FROM " + table), table);
    }
  }

  @DatabaseTest
  void theKeyOfAJoinedTableIsAForeignKeyUnlessDeclaredLogical(TestDatabase db) {
    SessionFactory factory = db.create(JoinedSchema_Metadata.INSTANCE);
    String engineers = JoinedSchema_Metadata.INSTANCE.tables().stream()
        .filter(t -> t.table().equals("engineers")).findFirst().orElseThrow()
        .createTable(db.dialect());
    String managers = JoinedSchema_Metadata.INSTANCE.tables().stream()
        .filter(t -> t.table().equals("managers")).findFirst().orElseThrow()
        .createTable(db.dialect());
    assertTrue(engineers.contains("FOREIGN KEY (\"id\") REFERENCES \"people\" (\"id\") ON DELETE"
        + " CASCADE"), engineers);
    assertFalse(managers.contains("REFERENCES"), managers);
    // the database refuses an engineers row without its people row, not a managers row
    assertThrows(Exception.class, () -> db.jdbi().useHandle(h ->
        h.execute("INSERT INTO engineers (id, primary_language) VALUES (999, 'c')")));
    db.jdbi().useHandle(h -> h.execute("INSERT INTO managers (person_id) VALUES (999)"));
    try (Session session = factory.openSession()) {
      assertEquals(0, session.query(Manager.class).count(), "no people row, no manager");
    }
  }

  @DatabaseTest
  void anEngineerWithoutItsNotNullColumnFailsAndLeavesNoRow(TestDatabase db) {
    SessionFactory factory = db.create(JoinedSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new Engineer("Nobody", null));
      assertThrows(IntegrityException.class, session::commit);
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM people"));
  }

  @DatabaseTest
  void aRefreshReadsTheRowFromEveryTable(TestDatabase db) {
    SessionFactory factory = db.create(JoinedSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    try (Session session = factory.openSession()) {
      Boss boss = session.get(Boss.class, ids[3]);
      session.commit(); // ends the read transaction, keeping the object
      db.jdbi().useHandle(h -> {
        h.execute("UPDATE managers SET golf_swing = 'shank' WHERE person_id = " + ids[3]);
        h.execute("UPDATE people SET name = 'Chief' WHERE id = " + ids[3]);
      });
      session.refresh(boss);
      assertEquals("shank", boss.golfSwing);
      assertEquals("Chief", boss.name);
    }
  }

  @DatabaseTest
  void aNewObjectTakesOverTheRowOfADeletedOneOfItsClass(TestDatabase db) {
    SessionFactory factory = db.create(JoinedSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    try (Session session = factory.openSession()) {
      Engineer dilbert = session.get(Engineer.class, ids[1]);
      session.delete(dilbert);
      Engineer alice = new Engineer("Alice", "rust");
      alice.id = ids[1];
      alice.machines.add(new Machine("Sun"));
      session.add(alice);
      session.commit();
    }
    assertEquals(List.of(List.of(ids[1], "rust")), values(db.rows(ENGINEERS)));
    assertEquals("Alice", db.column("SELECT name FROM people WHERE id = " + ids[1]).get(0));
    assertEquals(List.of("Sun"), db.column("SELECT name FROM machines"));
  }

  @DatabaseTest
  void aRowSwitchBetweenClassesOfOtherTablesIsRefusedAndLosesNothing(TestDatabase db) {
    SessionFactory factory = db.create(JoinedSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    try (Session session = factory.openSession()) {
      session.delete(session.get(Manager.class, ids[2]));
      Engineer replacement = new Engineer("Alice", "rust");
      replacement.id = ids[2];
      session.add(replacement);
      InvalidRequestException refused = assertThrows(InvalidRequestException.class,
          session::flush);
      assertTrue(refused.getMessage().contains("flush the delete first"), refused.getMessage());
    }
    assertEquals(List.of(Arrays.asList(ids[2], "hair", null), List.of(ids[3], "money", "slice")),
        values(db.rows(MANAGERS)));
    assertEquals(List.of(List.of(ids[1], "java")), values(db.rows(ENGINEERS)));
  }

  @DatabaseTest
  void anIdChangeOfAJoinedObjectIsRefusedAndLosesNothing(TestDatabase db) {
    SessionFactory factory = db.create(JoinedSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    try (Session session = factory.openSession()) {
      Engineer dilbert = session.get(Engineer.class, ids[1]);
      dilbert.id = 1000L;
      InvalidRequestException refused = assertThrows(InvalidRequestException.class,
          session::flush);
      assertTrue(refused.getMessage().startsWith("The id of Engineer " + ids[1]
          + " changed to 1000"), refused.getMessage());
      assertEquals(1000L, dilbert.id, "the change stays on the object");
    }
    assertEquals(List.of(List.of(ids[1], "java")), values(db.rows(ENGINEERS)));
    assertEquals(ids[1], db.number("SELECT engineer_id FROM machines"));
  }

  // test_basic.py UnexpectedPolymorphicIdentityTest.test_joined_invalid_ident
  // SQLAlchemy's from_statement; here the generated row mapper over a plain query that joins
  // the tables itself.
  @DatabaseTest
  void theRowMapperOfASubclassRefusesASiblingsJoinedRow(TestDatabase db) {
    SessionFactory factory = db.create(JoinedSchema_Metadata.INSTANCE);
    fixture(factory);
    String all = "SELECT p.*, e.primary_language, e.mentor_id, m.manager_data, m.golf_swing"
        + " FROM people p"
        + " LEFT JOIN engineers e ON e.id = p.id LEFT JOIN managers m ON m.person_id = p.id"
        + " ORDER BY p.id";
    assertEquals("[Engineer(Dilbert), Manager(Pointy), Boss(Boss), Person(Wally)]",
        db.jdbi().withHandle(h -> h.createQuery(all).map(Person_.rowMapper(db.dialect()))
            .list()).toString());
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> db.jdbi().withHandle(h -> h.createQuery(all)
            .map(Manager_.rowMapper(db.dialect())).list()));
    assertEquals("A row of table people has discriminator 'engineer', which names Engineer,"
        + " not Manager or one of its subclasses; select only their rows, or read the rows as"
        + " Person", e.getMessage());
  }

  @DatabaseTest
  void aBulkDeleteOfASubclassDeletesEachObjectsRowsInEveryTable(TestDatabase db) {
    SessionFactory factory = db.create(JoinedSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    try (Session session = factory.openSession()) {
      Boss boss = session.get(Boss.class, ids[3]);
      // a condition on a joined table's column; the hierarchy's rows go one by one
      assertEquals(2, session.query(Manager.class).where("manager_data IS NOT NULL").delete());
      assertEquals(ObjectState.DELETED, session.state(boss));
      session.commit();
      assertEquals(ObjectState.DETACHED, session.state(boss));
    }
    assertEquals(List.of(), db.rows(MANAGERS));
    assertEquals(List.of(List.of(ids[1], "Dilbert", "engineer"),
        List.of(ids[4], "Wally", "person")), values(db.rows(PEOPLE)));
  }

  @DatabaseTest
  void mergeCopiesADetachedObjectIntoTheRowsOfItsTables(TestDatabase db) {
    SessionFactory factory = db.create(JoinedSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    Boss copy = new Boss("Big Boss", "power", "draw");
    copy.id = ids[3];
    try (Session session = factory.openSession()) {
      Boss merged = session.merge(copy);
      assertEquals("draw", merged.golfSwing);
      session.commit();
    }
    assertEquals(List.of(Arrays.asList(ids[2], "hair", null), List.of(ids[3], "power", "draw")),
        values(db.rows(MANAGERS)));
    assertEquals("Big Boss", db.column("SELECT name FROM people WHERE id = " + ids[3]).get(0));
  }

  @DatabaseTest
  void aRowReferencedFromAJoinedTableIsDeletedAfterTheRowsReferencingIt(TestDatabase db) {
    SessionFactory factory = db.create(JoinedSchema_Metadata.INSTANCE);
    long[] ids = fixture(factory);
    try (Session session = factory.openSession()) {
      Engineer dilbert = session.get(Engineer.class, ids[1]);
      Manager pointy = session.get(Manager.class, ids[2]);
      dilbert.mentor.set(pointy);
      session.commit();
      assertEquals(ids[2], db.number("SELECT mentor_id FROM engineers WHERE id = " + ids[1]));
      // the mentor first in the session's order: the engineers row must still go first
      session.delete(pointy);
      session.delete(dilbert);
      session.commit();
    }
    assertEquals(List.of(), db.rows(ENGINEERS));
    assertEquals(List.of(List.of(ids[3], "money", "slice")), values(db.rows(MANAGERS)));
  }

  private static String first(List<String> statements, String table) {
    return statements.stream().filter(sql -> sql.contains("\"" + table + "\"")).findFirst()
        .orElseThrow(() -> new AssertionError("no statement on " + table + ": " + statements));
  }

  /** The rows' values in column order, numbers as longs. */
  private static List<List<Object>> values(List<Map<String, Object>> rows) {
    return rows.stream().map(row -> row.values().stream().map(value -> value instanceof Number n
        ? (Object) n.longValue() : value).collect(Collectors.toList())).toList();
  }
}
