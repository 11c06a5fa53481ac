package dev.sluice.conformance.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sluice.conformance.cycles.BatchingModel.Child1;
import dev.sluice.conformance.cycles.BatchingModel.Child2;
import dev.sluice.conformance.cycles.BatchingModel.Child3;
import dev.sluice.conformance.cycles.BatchingModel.Parent;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** test_cycles.py PostUpdateBatchingTest: several post-update columns in one UPDATE. */
class PostUpdateBatchingTest {
  // test_cycles.py PostUpdateBatchingTest.test_one
  @DatabaseTest
  void threePostUpdateColumnsGoInOneUpdate(TestDatabase db) {
    SessionFactory factory = db.create(BatchingSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Parent p1 = new Parent("p1");
      Child1 c12 = new Child1("c2");
      Child2 c23 = new Child2("c3");
      Child3 c31 = new Child3("c1");
      p1.c1s.set(List.of(new Child1("c1"), c12, new Child1("c3")));
      p1.c2s.set(List.of(new Child2("c1"), new Child2("c2"), c23));
      p1.c3s.set(List.of(c31, new Child3("c2"), new Child3("c3")));
      sess.add(p1);
      sess.flush();

      p1.c1.set(c12);
      p1.c2.set(c23);
      p1.c3.set(c31);
      db.clearStatements();
      sess.flush();
      assertEquals(1, db.statements().size(), db.statements().toString());
      assertEquals(List.of("UPDATE parent"), db.writes());
      assertEquals(List.of(c12.id, c23.id, c31.id), List.of(p1.c1Id, p1.c2Id, p1.c3Id));

      p1.c1.set(null);
      p1.c2.set(null);
      p1.c3.set(null);
      db.clearStatements();
      sess.flush();
      assertEquals(1, db.statements().size(), db.statements().toString());
      assertEquals(List.of("UPDATE parent"), db.writes());
      sess.commit();
    }
    assertNull(db.column("SELECT \"c1_id\" FROM \"parent\"").get(0));
    assertNull(db.column("SELECT \"c3_id\" FROM \"parent\"").get(0));
  }
}
