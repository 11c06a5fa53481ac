package dev.sluice.conformance.unitofworkv2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.unitofworkv2.UowModel.Child;
import dev.sluice.conformance.unitofworkv2.UowModel.Parent;
import dev.sluice.conformance.unitofworkv2.UowModel.RowA;
import dev.sluice.conformance.unitofworkv2.UowModel.RowB;
import dev.sluice.conformance.unitofworkv2.UowModel.RowC;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import dev.sluice.runtime.StaleDataException;
import java.util.List;

/**
 * test_unitofworkv2.py RowswitchAccountingTest, RowswitchM2OTest and BasicStaleChecksTest: an
 * orphan replaced by a new object with its key, and writes that match no row.
 */
class RowswitchTest {
  private static RowA seededA(Session sess, RowB b) {
    RowA a = new RowA(1L);
    a.bs.add(b);
    sess.add(a);
    sess.commit();
    return sess.query(RowA.class).first().orElseThrow();
  }

  // test_unitofworkv2.py RowswitchAccountingTest.test_switch_on_update
  @DatabaseTest
  void switchOnUpdate(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Parent p1 = new Parent(1L, null);
      p1.child.set(new Child());
      sess.add(p1);
      sess.commit();
      sess.expungeAll();

      Parent p2 = new Parent(1L, null);
      p2.child.set(new Child());
      Parent p3 = sess.merge(p2);
      sess.flush();
      assertTrue(sess.contains(p3.child.get()));

      Parent p4 = new Parent(1L, null);
      p4.child.set(new Child());
      sess.merge(p4);
      sess.commit();
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"child\""));
  }

  // test_unitofworkv2.py RowswitchAccountingTest.test_switch_on_delete
  @DatabaseTest
  void switchOnDelete(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Parent p1 = new Parent(1L, 2);
      sess.add(p1);
      sess.flush();
      p1.id = 5L;
      sess.delete(p1);
      assertEquals(5L, p1.id);
      sess.flush();
      assertEquals(0L, sess.handle().createQuery("SELECT COUNT(*) FROM \"parent\"")
          .mapTo(Long.class).one());
    }
  }

  // test_unitofworkv2.py RowswitchM2OTest.test_set_none_replaces_m2o
  @DatabaseTest
  void setNoneReplacesManyToOne(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      RowB b = new RowB(1L);
      b.c.set(new RowC(1L));
      RowA a1 = seededA(sess, b);
      RowB replacement = new RowB(1L);
      replacement.c.set(null);
      a1.bs.set(List.of(replacement));
      sess.commit();
      assertNull(a1.bs.get(0).c.get());
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"rb\" WHERE \"cid\" IS NULL"));
  }

  // test_unitofworkv2.py RowswitchM2OTest.test_set_none_replaces_scalar
  @DatabaseTest
  void setNoneReplacesScalar(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      RowB b = new RowB(1L);
      b.data = "somedata";
      RowA a1 = seededA(sess, b);
      RowB replacement = new RowB(1L);
      replacement.data = null;
      a1.bs.set(List.of(replacement));
      sess.commit();
      assertNull(a1.bs.get(0).data);
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"rb\" WHERE \"data\" IS NULL"));
  }

  // test_unitofworkv2.py BasicStaleChecksTest.test_update_single_missing
  @DatabaseTest
  void updateOfAMissingRowIsStale(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Parent p1 = new Parent(1L, 2);
      sess.add(p1);
      sess.flush();
      sess.handle().execute("DELETE FROM \"parent\"");
      p1.data = 3;
      StaleDataException stale = assertThrows(StaleDataException.class, sess::flush);
      assertEquals("UPDATE", stale.operation());
      assertEquals("Parent", stale.entity());
    }
  }

  // test_unitofworkv2.py BasicStaleChecksTest.test_delete_multi_missing_warning
  // differs: a DELETE that matches fewer rows than it should fails the flush with
  // StaleDataException (the flush is undone) where SQLAlchemy only warns
  @DatabaseTest
  void deleteOfMissingRowsIsStale(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Parent p1 = new Parent(1L, 2);
      Parent p2 = new Parent(2L, 3);
      sess.addAll(List.of(p1, p2));
      sess.flush();
      sess.handle().execute("DELETE FROM \"parent\"");
      sess.delete(p1);
      sess.delete(p2);
      StaleDataException stale = assertThrows(StaleDataException.class, sess::flush);
      assertEquals("DELETE", stale.operation());
    }
  }

  // test_unitofworkv2.py BasicStaleChecksTest.test_delete_twice
  // differs: the session knows a flush of this transaction deleted the row, so the commit
  // sends no second DELETE and there is nothing to warn about; SQLAlchemy sends a DELETE that
  // matches no row and warns. Same rows and states.
  @DatabaseTest
  void deleteTwice(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Parent p1 = new Parent(1L, 2);
      sess.add(p1);
      sess.commit();
      sess.delete(p1);
      sess.flush();
      sess.delete(p1);
      assertTrue(sess.deletedObjects().contains(p1));
      db.clearStatements();
      sess.commit();
      assertEquals(List.of(), db.writes());
      assertEquals(ObjectState.DETACHED, sess.state(p1));
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"parent\""));
  }
}
