package dev.sluice.conformance.cascade.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.conformance.cascade.assignment.AssignmentModel.A;
import dev.sluice.conformance.cascade.assignment.AssignmentModel.B;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Children loaded through their parent's DELETE_ORPHAN collection have a parent: changing
 * something that is not a column and flushing keeps every one of them.
 */
class CollectionAssignmentOrphanTest {
  // test_cascade.py CollectionAssignmentOrphanTest.test_basic
  @DatabaseTest
  void childrenLoadedThroughTheirParentAreNoOrphans(TestDatabase db) {
    SessionFactory factory = db.create(AssignmentSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      A a1 = new A("a1", new B("b1"), new B("b2"), new B("b3"));
      session.add(a1);
      session.flush();
      session.expungeAll();
      assertLoaded(session, a1.id);

      A loaded = session.get(A.class, a1.id);
      assertEquals(3, loaded.bs.size());
      loaded.bs.get(0).foo = "b2modified";
      loaded.bs.get(1).foo = "b3modified";
      session.flush();
      session.expungeAll();
      assertLoaded(session, a1.id);
      session.commit();
    }
    assertEquals(3L, db.number("SELECT COUNT(*) FROM \"table_b\" WHERE \"a_id\" IS NOT NULL"));
  }

  private static void assertLoaded(Session session, Long id) {
    A a = session.get(A.class, id);
    assertEquals("a1", a.name);
    List<String> names = new ArrayList<>();
    for (B b : a.bs) {
      names.add(b.name);
    }
    Collections.sort(names);
    assertEquals(List.of("b1", "b2", "b3"), names);
  }
}
