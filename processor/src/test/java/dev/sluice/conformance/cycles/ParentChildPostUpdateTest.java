package dev.sluice.conformance.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.conformance.Rows;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.Child3;
import dev.sluice.conformance.cycles.CyclesTwoTableModel.Parent3;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.Arrays;
import java.util.List;

/** test_cycles.py SelfReferentialPostUpdateTest3: a chosen child cleared before its delete. */
class ParentChildPostUpdateTest {
  // test_cycles.py SelfReferentialPostUpdateTest3.test_one
  @DatabaseTest
  void aChosenChildIsClearedBeforeItIsDeleted(TestDatabase db) {
    SessionFactory factory = db.create(TwoTableCyclesSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Parent3 p1 = new Parent3("p1");
      Child3 c1 = new Child3("c1");
      Child3 c2 = new Child3("c2");
      p1.children.set(List.of(c1, c2));
      c2.parent.set(c1);
      p1.child.set(c2);
      session.addAll(List.of(p1, c1, c2));
      session.flush();

      Parent3 p2 = new Parent3("p2");
      Child3 c3 = new Child3("c3");
      p2.children.set(List.of(c3));
      p2.child.set(c3);
      session.add(p2);

      session.delete(c2);
      p1.children.remove(c2);
      p1.child.set(null);
      session.flush();

      p2.child.set(null);
      session.flush();
      session.commit();
    }
    assertEquals(Arrays.asList(null, null), db.column(
        "SELECT \"child_id\" FROM \"parent3\" ORDER BY \"id\""));
    assertEquals(List.of("c1:p1", "c3:p2"), Rows.strings(db, "SELECT c.\"name\" || ':' ||"
        + " p.\"name\" FROM \"child3\" c JOIN \"parent3\" p ON p.\"id\" = c.\"parent_id\""
        + " ORDER BY c.\"id\""));
  }
}
