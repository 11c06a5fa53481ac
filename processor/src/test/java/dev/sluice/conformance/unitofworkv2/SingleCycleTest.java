package dev.sluice.conformance.unitofworkv2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.conformance.Rows;
import dev.sluice.conformance.unitofworkv2.UowModel.Node;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.Arrays;
import java.util.List;

/** test_unitofworkv2.py SingleCycleTest: a self-referential table, ordered within itself. */
class SingleCycleTest {
  private static final String PARENTS = "SELECT \"parent_id\" FROM \"nodes\" ORDER BY \"id\"";

  private static Node parentOfTwo() {
    Node n1 = new Node("n1");
    n1.children.addAll(List.of(new Node("n2"), new Node("n3")));
    return n1;
  }

  // test_unitofworkv2.py SingleCycleTest.test_one_to_many_save
  @DatabaseTest
  void oneToManySave(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Node n1 = parentOfTwo();
      sess.add(n1);
      sess.commit();
      assertEquals(List.of("INSERT nodes", "INSERT nodes"), db.writes());
      assertEquals(Arrays.asList(null, n1.id, n1.id), Rows.longs(db, PARENTS));
    }
  }

  // test_unitofworkv2.py SingleCycleTest.test_one_to_many_delete_all
  // differs: the rows of one table go in one DELETE, ordered within it, where SQLAlchemy sends
  // the children's DELETE before the parent's
  @DatabaseTest
  void oneToManyDeleteAll(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Node n1 = parentOfTwo();
      sess.add(n1);
      sess.flush();
      List<Node> children = List.copyOf(n1.children);
      sess.delete(n1);
      children.forEach(sess::delete);
      db.clearStatements();
      sess.commit();
      assertEquals(List.of("DELETE nodes"), db.writes());
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"nodes\""));
  }

  // test_unitofworkv2.py SingleCycleTest.test_one_to_many_delete_parent
  @DatabaseTest
  void oneToManyDeleteParent(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Node n1 = parentOfTwo();
      sess.add(n1);
      sess.flush();
      sess.delete(n1);
      db.clearStatements();
      sess.commit();
      assertEquals(List.of("UPDATE nodes", "DELETE nodes"), db.writes());
    }
    assertEquals(Arrays.asList(null, null), db.column(PARENTS));
  }

  // test_unitofworkv2.py SingleCycleTest.test_many_to_one_save
  @DatabaseTest
  void manyToOneSave(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Node n1 = new Node("n1");
      Node n2 = new Node("n2");
      Node n3 = new Node("n3");
      n2.parent.set(n1);
      n3.parent.set(n1);
      sess.addAll(List.of(n2, n3));
      sess.commit();
      assertEquals(List.of("INSERT nodes", "INSERT nodes"), db.writes());
      assertEquals(Arrays.asList(null, n1.id, n1.id), Rows.longs(db, PARENTS));
    }
  }

  // test_unitofworkv2.py SingleCycleTest.test_many_to_one_delete_all
  // differs: the rows of one table go in one DELETE, ordered within it, where SQLAlchemy sends
  // the children's DELETE before the parent's
  @DatabaseTest
  void manyToOneDeleteAll(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Node n1 = new Node("n1");
      Node n2 = new Node("n2");
      Node n3 = new Node("n3");
      n2.parent.set(n1);
      n3.parent.set(n1);
      sess.addAll(List.of(n2, n3));
      sess.flush();
      sess.delete(n1);
      sess.delete(n2);
      sess.delete(n3);
      db.clearStatements();
      sess.commit();
      assertEquals(List.of("DELETE nodes"), db.writes());
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"nodes\""));
  }

  // test_unitofworkv2.py SingleCycleTest.test_many_to_one_set_null_unloaded
  @DatabaseTest
  void manyToOneSetNullUnloaded(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Node n1 = new Node("n1");
      Node n2 = new Node("n2");
      n2.parent.set(n1);
      sess.addAll(List.of(n1, n2));
      sess.commit();
    }
    try (Session sess = factory.openSession()) {
      Node n2 = sess.query(Node.class).where("data = 'n2'").one();
      n2.parent.set(null);
      db.clearStatements();
      sess.commit();
      assertEquals(List.of("UPDATE nodes"), db.writes());
    }
    assertEquals(Arrays.asList(null, null), db.column(PARENTS));
  }

  // test_unitofworkv2.py SingleCycleTest.test_cycle_rowswitch
  // differs: SQLAlchemy 1.4.46 turns the pair into an UPDATE but, on this self-referencing
  // table, then also sends the DELETE, so n3's row is gone while n3 counts as persistent (the
  // original asserts only that the flush runs). Sluice sends the UPDATE alone and keeps it.
  @DatabaseTest
  void cycleRowswitch(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Node n2 = new Node("n2");
      Node n3 = new Node("n3");
      Node n1 = new Node("n1");
      n1.children.add(n2);
      sess.add(n1);
      sess.flush();
      sess.delete(n2);
      n3.id = n2.id;
      n1.children.add(n3);
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("UPDATE nodes"), db.writes());
      assertEquals(ObjectState.PERSISTENT, sess.state(n3));
      assertEquals(ObjectState.DELETED, sess.state(n2));
      assertEquals(List.of(n3), List.copyOf(n1.children));
      sess.commit();
    }
    assertEquals(List.of("n1", "n3"),
        Rows.strings(db, "SELECT \"data\" FROM \"nodes\" ORDER BY \"id\""));
  }

  // test_unitofworkv2.py SingleCycleTest.test_bidirectional_mutations_one
  @DatabaseTest
  void bidirectionalMutationsOne(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Node n2 = new Node("n2");
      Node n3 = new Node("n3");
      Node n1 = new Node("n1");
      n1.children.add(n2);
      sess.add(n1);
      sess.flush();
      sess.delete(n2);
      n1.children.add(n3);
      sess.flush();
      sess.delete(n1);
      sess.delete(n3);
      sess.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"nodes\""));
  }

  // test_unitofworkv2.py SingleCycleTest.test_bidirectional_multilevel_save
  @DatabaseTest
  void bidirectionalMultilevelSave(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      Node n1 = new Node("n1");
      n1.children.add(new Node("n11"));
      Node n12 = new Node("n12");
      n1.children.add(n12);
      n1.children.add(new Node("n13"));
      n1.children.get(1).children.addAll(
          List.of(new Node("n121"), new Node("n122"), new Node("n123")));
      sess.add(n1);
      sess.commit();
      assertEquals(List.of("INSERT nodes", "INSERT nodes", "INSERT nodes"), db.writes());
      assertEquals(Arrays.asList(null, n1.id, n1.id, n1.id, n12.id, n12.id, n12.id),
          Rows.longs(db, PARENTS));
    }
  }

  // test_unitofworkv2.py SingleCycleTest.test_delete_unloaded_m2o
  // differs: the three rows go in one DELETE (set-based deletes first clear the children's key,
  // which the same flush deletes), where SQLAlchemy deletes the children, then the parent
  @DatabaseTest
  void deleteUnloadedManyToOne(TestDatabase db) {
    SessionFactory factory = db.create(UowSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Node parent = new Node();
      Node c1 = new Node();
      Node c2 = new Node();
      c1.parent.set(parent);
      c2.parent.set(parent);
      session.addAll(List.of(c1, c2, parent));
      session.flush();
      session.expire(parent);
      session.expire(c1);
      session.expire(c2);
      session.delete(c1);
      session.delete(c2);
      session.delete(parent);
      db.clearStatements();
      session.commit();
      List<String> writes = db.writes();
      assertEquals("DELETE nodes", writes.get(writes.size() - 1), writes.toString());
      assertEquals(1, writes.stream().filter(w -> w.startsWith("DELETE")).count(),
          writes.toString());
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"nodes\""));
  }
}
