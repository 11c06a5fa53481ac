package dev.sluice.it.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SluiceException;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An adjacency list: parents inserted first, subtrees deleted children first. */
class TreeTest {
  @DatabaseTest
  void aTreeIsInsertedParentsFirstAndASubtreeDeletedWithItsRoot(TestDatabase db) {
    SessionFactory factory = db.create(TreeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      TreeNode root = new TreeNode("root")
          .add(new TreeNode("a").add(new TreeNode("a1")).add(new TreeNode("a2")
              .add(new TreeNode("a2x"))))
          .add(new TreeNode("b"));
      session.add(root);
      session.commit();
      assertEquals(6, db.number("SELECT COUNT(*) FROM \"tree_node\""));
      session.expungeAll();

      TreeNode a = new TreeNodeDao(session).where("name = :n").bind("n", "a").one();
      assertEquals("root", a.parent.get().name);
      session.delete(a);
      session.commit();

      TreeNode reloaded = new TreeNodeDao(session).where("name = 'root'").one();
      assertEquals(List.of("b"), reloaded.children.stream().map(n -> n.name).toList());
      assertSame(reloaded, reloaded.children.get(0).parent.get());
    }
    assertEquals(List.of("b", "root"),
        db.column("SELECT \"name\" FROM \"tree_node\" ORDER BY \"name\""));
  }

  @DatabaseTest
  void removingAChildFromItsParentDeletesItsSubtree(TestDatabase db) {
    SessionFactory factory = db.create(TreeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      TreeNode a = new TreeNode("a").add(new TreeNode("a1"));
      TreeNode root = new TreeNode("root").add(a).add(new TreeNode("b"));
      session.add(root);
      session.commit();

      root.children.remove(a);
      session.commit();
    }
    assertEquals(List.of("b", "root"),
        db.column("SELECT \"name\" FROM \"tree_node\" ORDER BY \"name\""));
  }

  @DatabaseTest
  void deleteWhereTakesASubtreeWithItsRoot(TestDatabase db) {
    SessionFactory factory = db.create(TreeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      TreeNode root = new TreeNode("root");
      TreeNode a = new TreeNode("a");
      root.children.add(a);
      TreeNode below = a;
      for (int depth = 0; depth < 5; depth++) {
        TreeNode next = new TreeNode("a" + depth);
        below.children.add(next);
        below = next;
      }
      root.children.add(new TreeNode("b"));
      session.add(root);
      session.commit();
      session.expungeAll();

      assertEquals(1, new TreeNodeDao(session).deleteWhere("name = :n", Map.of("n", "a")));
      session.commit();
    }
    assertEquals(List.of("b", "root"),
        db.column("SELECT \"name\" FROM \"tree_node\" ORDER BY \"name\""));
  }

  // A flush that fails while it plans must leave every object as it was, including those it
  // had marked deleted before the failure: an object left marked would be deleted by the next
  // flush even after the user gave it a parent again.
  @DatabaseTest
  void aReadFailingWhileAFlushPlansAnOrphansSubtreeUndoesEveryMark(TestDatabase db) {
    SessionFactory factory = db.create(TreeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new TreeNode("root").add(new TreeNode("a").add(new TreeNode("a1"))));
      session.commit();
      session.expungeAll();
      TreeNode root = new TreeNodeDao(session).where("name = 'root'").one();
      TreeNode a = root.children.get(0); // its own children are not loaded
      session.commit();

      // Row by row, planning the orphan's subtree reads a's children: that read fails.
      db.jdbi().useHandle(h -> h.execute("ALTER TABLE tree_node RENAME TO tree_node_away"));
      root.children.remove(a);
      assertThrows(SluiceException.class, session::flush);
      assertEquals(Set.of(), session.deletedObjects());
      // back through the session's own connection: on SQLite its transaction locks the table
      session.handle().execute("ALTER TABLE tree_node_away RENAME TO tree_node");

      root.children.add(a); // a has a parent again: nothing may be deleted
      session.commit();
    }
    assertEquals(List.of("a", "a1", "root"),
        db.column("SELECT \"name\" FROM \"tree_node\" ORDER BY \"name\""));
  }
}
