package dev.sluice.it.compositemove;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A shelf known by its aisle and position; shelves move, and what references them follows. */
@Entity(table = "shelves")
public class Shelf {
  @Id Integer aisle;
  @Id Integer position;
  String name;

  @Relationship(passiveUpdates = false, backPopulates = "shelf",
      primaryJoin = "Shelf.aisle = Tag.aisle AND Shelf.position = Tag.position",
      foreignKeys = {"Tag.aisle", "Tag.position"})
  final RelatedList<Tag> tags = Shelf_.tags(this);

  Shelf() {}

  Shelf(int aisle, int position, String name) {
    this.aisle = aisle;
    this.position = position;
    this.name = name;
  }
}
