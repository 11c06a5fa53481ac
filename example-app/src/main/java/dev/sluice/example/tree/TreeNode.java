package dev.sluice.example.tree;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/**
 * A node of an adjacency-list tree: its parent is a row of the same table. A node owns its
 * children (all, delete-orphan), so deleting a node deletes its subtree.
 */
@Entity(table = "tree_node")
public class TreeNode {
  @Id @GeneratedValue Long id;
  String name;
  @ForeignKey(entity = TreeNode.class) Long parentId;

  @Relationship(backPopulates = "parent", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      orderBy = "name")
  final RelatedList<TreeNode> children = TreeNode_.children(this);

  @Relationship(backPopulates = "children", remoteSide = "id")
  final RelatedRef<TreeNode> parent = TreeNode_.parent(this);

  TreeNode() {}

  TreeNode(String name) {
    this.name = name;
  }

  /** Adds a child and returns this node, to write a tree as one expression. */
  TreeNode with(TreeNode child) {
    children.add(child);
    return this;
  }

  @Override
  public String toString() {
    return "<TreeNode: " + name + ">";
  }
}
