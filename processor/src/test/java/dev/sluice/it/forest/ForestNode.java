package dev.sluice.it.forest;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/**
 * A node with two self-referential collections that both cascade DELETE: its children (by
 * parent_id) and the nodes it owns (by owner_id). Deleting one deletes everything below it
 * along either edge.
 */
@Entity(table = "forest_node")
public class ForestNode {
  @Id @GeneratedValue Long id;
  String name;
  @ForeignKey(entity = ForestNode.class) Long parentId;
  @ForeignKey(entity = ForestNode.class) Long ownerId;

  @Relationship(foreignKeys = "parentId", cascade = Cascade.ALL)
  final RelatedList<ForestNode> children = ForestNode_.children(this);

  @Relationship(foreignKeys = "ownerId", cascade = Cascade.ALL)
  final RelatedList<ForestNode> owned = ForestNode_.owned(this);

  ForestNode() {}

  ForestNode(String name) {
    this.name = name;
  }
}
