package dev.sluice.it.random;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A tag, linked to parents many-to-many; deleting either side deletes only the links. */
@Entity(table = "r_tag")
public class RTag {
  @Id @GeneratedValue Long id;
  String name;

  @Relationship(secondary = RParentTag.class, backPopulates = "tags")
  final RelatedList<RParent> parents = RTag_.parents(this);

  RTag() {}

  RTag(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "RTag " + id + " " + name;
  }
}
