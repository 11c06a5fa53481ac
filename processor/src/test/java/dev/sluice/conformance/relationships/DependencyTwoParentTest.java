package dev.sluice.conformance.relationships;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.conformance.relationships.RelationshipsModel.TblA;
import dev.sluice.conformance.relationships.RelationshipsModel.TblB;
import dev.sluice.conformance.relationships.RelationshipsModel.TblC;
import dev.sluice.conformance.relationships.RelationshipsModel.TblD;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;

/** test_relationships.py DependencyTwoParentTest: rows that depend on two parents. */
class DependencyTwoParentTest {
  private static SessionFactory withData(TestDatabase db) {
    SessionFactory factory = db.create(RelationshipsSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      TblA a = new TblA("a1");
      TblB b = new TblB("b1");
      TblC c = new TblC("c1");
      c.aRow.set(a);
      for (String name : new String[] {"d1", "d2", "d3"}) {
        TblD d = new TblD(name);
        d.bRow.set(b);
        d.cRow.set(c);
      }
      session.add(a);
      session.add(b);
      session.commit();
    }
    return factory;
  }

  private static long count(TestDatabase db, String table) {
    return db.number("SELECT COUNT(*) FROM \"" + table + "\"");
  }

  // test_relationships.py DependencyTwoParentTest.test_DeleteRootTable
  @DatabaseTest
  void deletingTheRootDeletesTheChainButNotTheOtherParent(TestDatabase db) {
    SessionFactory factory = withData(db);
    try (Session session = factory.openSession()) {
      TblA a = session.query(TblA.class).where("\"name\" = 'a1'").one();
      session.delete(a);
      session.flush();
      session.commit();
    }
    assertEquals(0, count(db, "tbl_a"));
    assertEquals(0, count(db, "tbl_c"));
    assertEquals(0, count(db, "tbl_d"));
    assertEquals(1, count(db, "tbl_b"));
  }

  // test_relationships.py DependencyTwoParentTest.test_DeleteMiddleTable
  @DatabaseTest
  void deletingTheMiddleDeletesItsChildren(TestDatabase db) {
    SessionFactory factory = withData(db);
    try (Session session = factory.openSession()) {
      TblC c = session.query(TblC.class).where("\"name\" = 'c1'").one();
      session.delete(c);
      session.flush();
      session.commit();
    }
    assertEquals(1, count(db, "tbl_a"));
    assertEquals(0, count(db, "tbl_c"));
    assertEquals(0, count(db, "tbl_d"));
    assertEquals(1, count(db, "tbl_b"));
  }
}
