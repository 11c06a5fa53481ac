package dev.sluice.it.compositelinks;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedSet;

/** A storage bin keyed by its aisle and shelf, carrying tags through an association table. */
@Entity(table = "bins")
public class Bin {
  @Id Integer aisle;
  @Id Integer shelf;
  String name;

  @Relationship(secondary = BinTag.class, passiveUpdates = false,
      primaryJoin = "Bin.aisle = BinTag.aisle AND Bin.shelf = BinTag.shelf",
      secondaryJoin = "Tag.name = BinTag.tagName")
  final RelatedSet<Tag> tags = Bin_.tags(this);

  Bin() {}

  Bin(int aisle, int shelf, String name) {
    this.aisle = aisle;
    this.shelf = shelf;
    this.name = name;
  }
}
