package dev.sluice.conformance.cycles;

import static dev.sluice.conformance.Rejections.assertRejected;
import static dev.sluice.conformance.Rejections.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.sluice.conformance.cycles.CyclesTwoTableModel.OC1;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.OC1Data;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.OC2;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.T1;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.T2;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.T3;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.processor.base.Diagnostic;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * test_cycles.py BiDirectionalManyToOneTest, BiDirectionalOneToManyTest and …Test2: two tables
 * that reference each other. Sluice compiles them only with a post-update on one side.
 */
class BiDirectionalTest {
  private static T3 t3(T1 t1, T2 t2) {
    T3 t3 = new T3();
    t3.t1.set(t1);
    t3.t2.set(t2);
    return t3;
  }

  // test_cycles.py BiDirectionalManyToOneTest.test_reflush
  // differs: the model needs postUpdate on one of T1.t2 and T2.t1 (without it, a compile
  // error, E329); with it the second flush writes T3 as in SQLAlchemy
  @DatabaseTest
  void aSecondFlushWritesRowsThatNeedBothSides(TestDatabase db) {
    SessionFactory factory = db.create(TwoTableCyclesSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      T1 o1 = new T1();
      o1.t2.set(new T2());
      sess.add(o1);
      sess.flush();

      T3 o3 = t3(o1, o1.t2.get());
      sess.add(o3);
      sess.flush();
      assertEquals(o1.id, o3.t1id);
      assertEquals(o1.t2id, o3.t2id);
      sess.commit();
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"bt3\""));
  }

  // test_cycles.py BiDirectionalManyToOneTest.test_reflush_2
  // differs: the model needs postUpdate on one of T1.t2 and T2.t1, as above
  @DatabaseTest
  void aSecondFlushWritesNewAndOldRowsTogether(TestDatabase db) {
    SessionFactory factory = db.create(TwoTableCyclesSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      T1 o1 = new T1();
      o1.t2.set(new T2());
      sess.add(o1);
      sess.flush();

      T1 o1a = new T1();
      T2 o2a = new T2();
      sess.add(o1a);
      sess.add(o2a);
      sess.add(t3(o1a, o2a));
      sess.add(t3(o1, o1.t2.get()));
      sess.flush();
      sess.commit();
    }
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"bt3\" WHERE \"t1id\" IS NOT NULL"
        + " AND \"t2id\" IS NOT NULL"));
  }

  // test_cycles.py BiDirectionalOneToManyTest.test_cycle
  // differs: two one-to-many relationships whose tables reference each other and no
  // postUpdate are a compile error (E329); semantics row "cycle between tables"
  @Test
  void twoOneToManysInACycleAreRejected() {
    JavaFileObject c1 = source("C1", "@Entity class C1 {",
        "  @Id @GeneratedValue Long c1;",
        "  @ForeignKey(entity = C2.class) Long c2;",
        "  @Relationship(primaryJoin = \"C1.c1 = C2.c2\")",
        "  final RelatedList<C2> c2s = C1_.c2s(this);", "}");
    JavaFileObject c2 = source("C2", "@Entity class C2 {",
        "  @Id @GeneratedValue Long c1;",
        "  @ForeignKey(entity = C1.class) Long c2;",
        "  @Relationship(primaryJoin = \"C2.c1 = C1.c2\")",
        "  final RelatedList<C1> c1s = C2_.c1s(this);", "}");
    JavaFileObject schema = source("S", "@Schema(entities = {C1.class, C2.class}) interface S {}");
    assertRejected(Diagnostic.CYCLE_NEEDS_POST_UPDATE.format("C1 -> C2 -> C1",
        "[C2.c1s, C1.c2s]"), c2, "@Relationship", c1, c2, schema);
  }

  // test_cycles.py BiDirectionalOneToManyTest2.test_cycle
  // differs: the model needs postUpdate on one of the two one-to-many sides (E329 without it)
  @DatabaseTest
  void twoOneToManysWithDataRowsAreSavedAndDeleted(TestDatabase db) {
    SessionFactory factory = db.create(TwoTableCyclesSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      OC1 a = new OC1();
      OC2 b = new OC2();
      OC1 c = new OC1();
      OC2 d = new OC2();
      OC2 e = new OC2();
      OC2 f = new OC2();
      a.c2s.add(b);
      d.c1s.add(c);
      b.c1s.add(c);
      a.data.add(new OC1Data("c1data1"));
      a.data.add(new OC1Data("c1data2"));
      c.data.add(new OC1Data("c1data3"));
      sess.addAll(List.of(a, b, c, d, e, f));
      sess.flush();
      assertEquals(a.c1, b.c2);
      assertNotNull(c.c2);

      sess.delete(d);
      sess.delete(c);
      sess.flush();
      sess.commit();
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"ot1\""));
    assertEquals(3, db.number("SELECT COUNT(*) FROM \"ot2\""));
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"ot1_data\" WHERE \"t1id\" IS NOT NULL"));
    assertEquals(3, db.number("SELECT COUNT(*) FROM \"ot1_data\""));
  }
}
