package dev.sluice.it.random;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A parent: owns its children (ALL, DELETE_ORPHAN), keeps notes (default cascade), has tags. */
@Entity(table = "r_parent")
public class RParent {
  @Id @GeneratedValue Long id;
  String name;

  @Relationship(backPopulates = "parent", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<RChild> children = RParent_.children(this);

  @Relationship(backPopulates = "parent")
  final RelatedList<RNote> notes = RParent_.notes(this);

  @Relationship(secondary = RParentTag.class, backPopulates = "parents")
  final RelatedList<RTag> tags = RParent_.tags(this);

  RParent() {}

  RParent(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "RParent " + id + " " + name;
  }
}
