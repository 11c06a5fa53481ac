package dev.sluice.conformance.relationships;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.conformance.Rows;
import dev.sluice.conformance.relationships.RelationshipsModel.IdentA;
import dev.sluice.conformance.relationships.RelationshipsModel.IdentB;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** test_relationships.py UniqueColReferenceSwitchTest: a join on a UNIQUE non-key column. */
class UniqueColReferenceSwitchTest {
  // test_relationships.py UniqueColReferenceSwitchTest.test_switch_parent
  @DatabaseTest
  void childrenMovedToAnotherParentOutliveTheOld(TestDatabase db) {
    SessionFactory factory = db.create(RelationshipsSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      IdentA a1 = new IdentA("uuid1");
      IdentA a2 = new IdentA("uuid2");
      session.addAll(List.of(a1, a2));
      a1.bs.set(List.of(new IdentB(), new IdentB()));
      session.flush();
      session.expire(a1);
      session.expire(a2);
      List<IdentA> both = session.query(IdentA.class).list();

      for (IdentB b : List.copyOf(both.get(0).bs)) {
        b.a.set(both.get(1));
      }
      session.delete(both.get(0));
      session.flush();
      session.commit();
    }
    assertEquals(List.of("uuid2"), Rows.strings(db, "SELECT \"ident\" FROM \"table_a\""));
    assertEquals(List.of("uuid2", "uuid2"), Rows.strings(db,
        "SELECT \"a_ident\" FROM \"table_b\""));
  }
}
