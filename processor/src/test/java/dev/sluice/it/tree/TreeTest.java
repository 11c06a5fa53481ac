package dev.sluice.it.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import java.util.Map;

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
}
