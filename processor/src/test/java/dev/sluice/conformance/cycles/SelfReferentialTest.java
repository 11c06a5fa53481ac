package dev.sluice.conformance.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sluice.conformance.cycles.CyclesModel.C1;
import dev.sluice.conformance.cycles.CyclesModel.C2;
import dev.sluice.conformance.cycles.CyclesModel.ParentOnly;
import dev.sluice.conformance.cycles.CyclesModel.SetNullNode;
import dev.sluice.conformance.cycles.CyclesModel.Single;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;

/** test_cycles.py SelfReferentialTest: a self-referential table with another list of children. */
class SelfReferentialTest {
  private static long count(TestDatabase db, String table) {
    return db.number("SELECT COUNT(*) FROM \"" + table + "\"");
  }

  // test_cycles.py SelfReferentialTest.test_single
  @DatabaseTest
  void aParentAndItsChildAreSavedAndDeleted(TestDatabase db) {
    SessionFactory factory = db.create(CyclesSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Single a = new Single("head c1");
      a.c1s.add(new Single("another c1"));
      sess.add(a);
      sess.flush();
      assertEquals(a.c1, a.c1s.get(0).parentC1);
      sess.delete(a);
      sess.flush();
      sess.commit();
    }
    assertEquals(0, count(db, "t1_single"));
  }

  // test_cycles.py SelfReferentialTest.test_many_to_one_only
  @DatabaseTest
  void aManyToOneAloneSetsTheKeyOfTheNewRow(TestDatabase db) {
    SessionFactory factory = db.create(CyclesSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      ParentOnly first = new ParentOnly();
      sess.add(first);
      sess.flush();
      sess.expungeAll();
      ParentOnly c1 = sess.get(ParentOnly.class, first.c1);
      ParentOnly c2 = new ParentOnly();
      c2.parent.set(c1);
      sess.add(c2);
      sess.flush();
      assertEquals(c1.c1, c2.parentC1);
    }
  }

  // test_cycles.py SelfReferentialTest.test_cycle
  @DatabaseTest
  void aTreeWithTwoKindsOfChildrenIsSavedAndDeleted(TestDatabase db) {
    SessionFactory factory = db.create(CyclesSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      C1 a = new C1("head c1");
      C1 child1 = new C1("child1");
      C1 child2 = new C1("child2");
      a.c1s.add(child1);
      a.c1s.add(child2);
      child1.c1s.add(new C1("subchild1"));
      child1.c1s.add(new C1("subchild2"));
      child2.c2s.add(new C2("child2 data1"));
      child2.c2s.add(new C2("child2 data2"));
      sess.add(a);
      sess.flush();
      assertEquals(5, count(sess, "t1_cycle"));
      assertEquals(2, count(sess, "t2"));

      sess.delete(a);
      sess.flush();
      sess.commit();
    }
    assertEquals(0, count(db, "t1_cycle"));
    assertEquals(0, count(db, "t2"));
  }

  // test_cycles.py SelfReferentialTest.test_setnull_ondelete
  @DatabaseTest
  void deletingAParentNullifiesItsChild(TestDatabase db) {
    SessionFactory factory = db.create(CyclesSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      SetNullNode c1 = new SetNullNode();
      SetNullNode c2 = new SetNullNode();
      c1.children.add(c2);
      sess.add(c1);
      sess.flush();
      assertEquals(c1.c1, c2.parentC1);

      sess.delete(c1);
      sess.flush();
      assertNull(c2.parentC1);
      sess.expire(c2);
      assertNull(sess.get(SetNullNode.class, c2.c1).parentC1);
    }
  }

  private static long count(Session sess, String table) {
    return sess.handle().createQuery("SELECT COUNT(*) FROM \"" + table + "\"").mapTo(Long.class)
        .one();
  }
}
