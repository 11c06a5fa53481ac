package dev.sluice.example.tree;

import dev.sluice.example.tour.SessionScenario;
import dev.sluice.example.tour.Tour;
import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import javax.inject.Inject;

/** An adjacency-list tree: parents inserted first, a subtree deleted leaves first. */
public final class TreeScenario extends SessionScenario {
  private final TreeNodeDao nodes;

  @Inject
  TreeScenario(SessionFactory factory, ScopedSession session, TreeNodeDao nodes) {
    super(factory, session);
    this.nodes = nodes;
  }

  @Override
  public void play(Tour t) {
    t.say("An adjacency list: tree_node.parent_id references tree_node. A table that"
        + " references itself needs no postUpdate: the flush orders the rows of the table,"
        + " each parent before its children.");
    TreeNode root = new TreeNode("root")
        .with(new TreeNode("a").with(new TreeNode("a1")).with(new TreeNode("a2")
            .with(new TreeNode("a2x"))))
        .with(new TreeNode("b"))
        .with(new TreeNode("c"));
    t.run("TreeNode root = new TreeNode(\"root\")\n"
        + "    .with(new TreeNode(\"a\").with(new TreeNode(\"a1\"))\n"
        + "        .with(new TreeNode(\"a2\").with(new TreeNode(\"a2x\"))))\n"
        + "    .with(new TreeNode(\"b\")).with(new TreeNode(\"c\"));\n"
        + "session.add(root);\nsession.commit();\nsession.expungeAll();", () -> {
          session.add(root);
          session.commit();
          session.expungeAll();
        });
    t.rows("tree_node");

    t.say("Deleting a node deletes its subtree (cascade DELETE down children): the session"
        + " loads what it must delete, level by level, and deletes the leaves first.");
    TreeNode a = t.eval("TreeNode a = nodes.where(\"name = :n\").bind(\"n\", \"a\").one();",
        () -> nodes.where("name = :n").bind("n", "a").one());
    TreeNode parent = t.eval("TreeNode parent = a.parent.get();", a.parent::get);
    t.run("session.delete(a);\nsession.commit();", () -> {
      session.delete(a);
      session.commit();
    });
    t.eval("parent.children", () -> List.copyOf(parent.children));

    t.say("DELETE_ORPHAN: a child taken away from its parent is deleted.");
    TreeNode b = parent.children.get(0);
    t.run("TreeNode b = parent.children.get(0);\nparent.children.remove(b);\nsession.commit();",
        () -> {
          parent.children.remove(b);
          session.commit();
        });
  }
}
