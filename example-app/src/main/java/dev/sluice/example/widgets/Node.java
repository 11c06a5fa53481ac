package dev.sluice.example.widgets;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/**
 * A row that may point to itself. Its generated id is not known before the INSERT, so the
 * reference is written by a post-update.
 */
@Entity(table = "node")
public class Node {
  @Id @GeneratedValue Long id;
  String name;
  @ForeignKey(entity = Node.class) Long relatedId;

  @Relationship(postUpdate = true)
  final RelatedRef<Node> related = Node_.related(this);

  Node() {}

  Node(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "<Node: " + name + ">";
  }
}
