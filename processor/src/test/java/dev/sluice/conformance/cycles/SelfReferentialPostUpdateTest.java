package dev.sluice.conformance.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.Rows;
import dev.sluice.conformance.cycles.CyclesModel.A;
import dev.sluice.conformance.cycles.CyclesModel.Node;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** test_cycles.py SelfReferentialPostUpdateTest and …Test2: post-updates within one table. */
class SelfReferentialPostUpdateTest {
  private static void appendChild(Node parent, Node child) {
    if (!parent.children.isEmpty()) {
      Node last = parent.children.get(parent.children.size() - 1);
      last.nextSibling.set(child);
      child.prevSibling.set(last);
    }
    parent.children.add(child);
  }

  private static void removeChild(Session session, Node child) {
    child.parent.set(null);
    Node next = child.nextSibling.get();
    next.prevSibling.set(child.prevSibling.get());
    child.prevSibling.get().nextSibling.set(next);
    session.delete(child);
  }

  /** Asserts that the writes are UPDATEs of node, then at least one DELETE of node. */
  private static void assertUpdatesThenDeletes(List<String> writes) {
    int firstDelete = writes.indexOf("DELETE node");
    assertTrue(firstDelete > 0, writes.toString());
    assertTrue(writes.subList(0, firstDelete).stream().allMatch("UPDATE node"::equals),
        writes.toString());
    assertTrue(writes.subList(firstDelete, writes.size()).stream()
        .allMatch("DELETE node"::equals), writes.toString());
  }

  // test_cycles.py SelfReferentialPostUpdateTest.test_one
  @DatabaseTest
  void siblingLinksAreUpdatedOnlyWhereNeeded(TestDatabase db) {
    SessionFactory factory = db.create(CyclesSchema_Metadata.INSTANCE).withAutoflush(false);
    try (Session session = factory.openSession()) {
      Node root = new Node("root");
      Node about = new Node("about");
      Node cats = new Node("cats");
      Node stories = new Node("stories");
      Node bruce = new Node("bruce");
      appendChild(root, about);
      assertNull(about.prevSibling.get());
      appendChild(root, cats);
      assertSame(about, cats.prevSibling.get());
      assertNull(cats.nextSibling.get());
      assertSame(cats, about.nextSibling.get());
      assertNull(about.prevSibling.get());
      appendChild(root, stories);
      appendChild(root, bruce);
      session.add(root);
      session.flush();

      removeChild(session, cats);
      cats.children.size(); // loads them first, as the original does
      db.clearStatements();
      session.flush();
      assertUpdatesThenDeletes(db.writes());
      assertEquals(about.id, stories.prevSiblingId);
      assertEquals(stories.id, about.nextSiblingId);

      session.delete(root);
      db.clearStatements();
      session.flush();
      assertUpdatesThenDeletes(db.writes());
      assertEquals(0, count(session));

      Node about2 = new Node("about");
      Node cats2 = new Node("cats");
      about2.nextSibling.set(cats2);
      cats2.prevSibling.set(about2);
      session.add(about2);
      session.flush();
      session.delete(about2);
      cats2.prevSibling.set(null);
      session.flush();
      session.commit();
      assertEquals(List.of("cats"), Rows.strings(db, "SELECT \"path\" FROM \"node\""));
      assertNull(db.column("SELECT \"prev_sibling_id\" FROM \"node\"").get(0));
    }
  }

  // test_cycles.py SelfReferentialPostUpdateTest2.test_one
  @DatabaseTest
  void aPostUpdateFiresForARowInsertedEarlier(TestDatabase db) {
    SessionFactory factory = db.create(CyclesSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      A f1 = new A("f1");
      session.add(f1);
      session.flush();

      A f2 = new A("f2");
      f2.foo.set(f1);
      session.add(f2);
      db.clearStatements();
      session.flush();
      assertEquals(List.of("INSERT a_table", "UPDATE a_table"), db.writes());
      session.expungeAll();

      A f1Again = session.get(A.class, f1.id);
      A f2Again = session.get(A.class, f2.id);
      assertSame(f1Again, f2Again.foo.get());
    }
  }

  private static long count(Session session) {
    return session.handle().createQuery("SELECT COUNT(*) FROM \"node\"").mapTo(Long.class).one();
  }
}
