package dev.sluice.conformance.joined.passive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * Ports of SQLAlchemy's test_basic.py PassiveDeletesTest: a joined table whose class declares
 * passive deletes is left, with the tables below it, to the ON DELETE CASCADE of its key. The
 * original's {@code c} table has a key of its own beside the one joined to {@code b}; here it is
 * keyed by the joined one alone. Each case also checks that no row is left in any table.
 */
class PassiveJoinedDeletesTest {
  private static void noRows(TestDatabase db) {
    for (String table : List.of("a", "b", "c")) {
      assertEquals(0, db.number("SELECT COUNT(*) FROM " + table), table);
    }
  }

  // test_basic.py PassiveDeletesTest.test_c_only
  @DatabaseTest
  void aPassiveTableIsLeftToItsForeignKey(TestDatabase db) {
    SessionFactory factory = db.create(COnlySchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      COnlyA a1 = new COnlyA(1);
      COnlyB b1 = new COnlyB(2);
      session.add(a1);
      session.add(b1);
      session.add(new COnlyC(3));
      session.commit();
      session.delete(a1);
      db.clearStatements();
      session.flush();
      assertEquals(List.of("DELETE FROM \"a\" WHERE \"id\" = ?"), db.statements("DELETE"));
      session.delete(b1);
      db.clearStatements();
      session.flush();
      assertEquals(List.of("DELETE FROM \"b\" WHERE \"id\" = ?",
          "DELETE FROM \"a\" WHERE \"id\" = ?"), db.statements("DELETE"));
      COnlyA c1 = session.query(COnlyA.class).where("id = 3").first().orElseThrow();
      assertInstanceOf(COnlyC.class, c1);
      session.delete(c1);
      db.clearStatements();
      session.flush();
      assertEquals(List.of("DELETE FROM \"b\" WHERE \"id\" = ?",
          "DELETE FROM \"a\" WHERE \"id\" = ?"), db.statements("DELETE"));
      session.commit();
    }
    noRows(db);
  }

  // test_basic.py PassiveDeletesTest.test_b_only
  @DatabaseTest
  void aPassiveTableTakesTheTablesBelowItAlong(TestDatabase db) {
    SessionFactory factory = db.create(BOnlySchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      BOnlyA a1 = new BOnlyA(1);
      BOnlyB b1 = new BOnlyB(2);
      BOnlyC c1 = new BOnlyC(3);
      session.add(a1);
      session.add(b1);
      session.add(c1);
      session.commit();
      for (BOnlyA each : List.of(a1, b1, c1)) {
        session.delete(each);
        db.clearStatements();
        session.flush();
        assertEquals(List.of("DELETE FROM \"a\" WHERE \"id\" = ?"), db.statements("DELETE"),
            each.getClass().getSimpleName());
      }
      session.commit();
    }
    noRows(db);
  }
}
