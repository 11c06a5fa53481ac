package dev.sluice.conformance.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.conformance.cycles.CyclesModel.Tt;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;

/** test_cycles.py SelfReferentialNoPKTest: a tree joined on a UNIQUE column, not the key. */
class SelfReferentialNoPkTest {
  // test_cycles.py SelfReferentialNoPKTest.test_basic
  @DatabaseTest
  void childrenReferenceTheParentsUniqueValue(TestDatabase db) {
    SessionFactory factory = db.create(CyclesSchema_Metadata.INSTANCE);
    try (Session s = factory.openSession()) {
      Tt t1 = new Tt("root");
      t1.children.add(new Tt("first"));
      t1.children.add(new Tt("second"));
      s.add(t1);
      s.flush();
      s.expungeAll();
      Tt t = s.query(Tt.class).where("\"id\" = :id").bind("id", t1.id).one();
      assertEquals(t1.uuid, t.children.get(0).parentUuid);
    }
  }

  // test_cycles.py SelfReferentialNoPKTest.test_lazy_clause
  @DatabaseTest
  void theParentLoadsByTheUniqueValue(TestDatabase db) {
    SessionFactory factory = db.create(CyclesSchema_Metadata.INSTANCE);
    try (Session s = factory.openSession()) {
      Tt t1 = new Tt("root");
      Tt t2 = new Tt("leaf");
      t1.children.add(t2);
      s.add(t1);
      s.flush();
      s.expungeAll();
      Tt t = s.query(Tt.class).where("\"id\" = :id").bind("id", t2.id).one();
      assertEquals(t2.uuid, t.uuid);
      assertEquals(t1.uuid, t.parent.get().uuid);
    }
  }
}
