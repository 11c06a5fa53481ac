package dev.sluice.it.compositemove;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A tag on a shelf over a logical key: Sluice writes a moved shelf's key into it. */
@Entity(table = "tags")
public class Tag {
  @Id @GeneratedValue Long id;
  Integer aisle;
  Integer position;
  String text;

  @Relationship(backPopulates = "tags",
      primaryJoin = "Shelf.aisle = Tag.aisle AND Shelf.position = Tag.position",
      foreignKeys = {"Tag.aisle", "Tag.position"})
  final RelatedRef<Shelf> shelf = Tag_.shelf(this);

  Tag() {}

  Tag(String text) {
    this.text = text;
  }
}
