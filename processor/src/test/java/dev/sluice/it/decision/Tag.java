package dev.sluice.it.decision;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A tag of shelves; deleting a shelf unlinks it. */
@Entity(table = "tag")
public class Tag {
  @Id @GeneratedValue Long id;
  String name;

  @Relationship(secondary = ShelfTag.class, backPopulates = "tags")
  final RelatedList<Shelf> shelves = Tag_.shelves(this);

  Tag() {}

  Tag(String name) {
    this.name = name;
  }
}
