package dev.sluice.it.random;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A child that cannot exist without its parent (NOT NULL key, deleted as an orphan). */
@Entity(table = "r_child")
public class RChild {
  @Id @GeneratedValue Long id;
  String name;
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
