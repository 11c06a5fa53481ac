package dev.sluice.it.compositelinks;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedSet;

/** A box keyed by its aisle and shelf, whose links the database keeps to its key. */
@Entity(table = "boxes")
public class Box {
  @Id Integer aisle;
  @Id Integer shelf;

  @Relationship(secondary = BoxTag.class,
      primaryJoin = "Box.aisle = BoxTag.aisle AND Box.shelf = BoxTag.shelf",
      secondaryJoin = "Tag.name = BoxTag.tagName")
  final RelatedSet<Tag> tags = Box_.tags(this);

  Box() {}

  Box(int aisle, int shelf) {
    this.aisle = aisle;
    this.shelf = shelf;
  }
}
