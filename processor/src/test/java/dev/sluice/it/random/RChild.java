package dev.sluice.it.random;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PolymorphicOn;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/**
 * A child that cannot exist without its parent (NOT NULL key, deleted as an orphan); the root
 * of a single-table hierarchy, so that sequences mix rows of two classes in one table.
 */
@Entity(table = "r_child")
@PolymorphicOn("kind")
@PolymorphicIdentity("child")
public class RChild {
  @Id @GeneratedValue Long id;
  String name;
  String kind;
  @ForeignKey(entity = RParent.class) @Column(nullable = false) Long parentId;

  @Relationship(backPopulates = "children")
  final RelatedRef<RParent> parent = RChild_.parent(this);

  RChild() {}

  RChild(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "RChild " + id + " " + name;
  }
}
