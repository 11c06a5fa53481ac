package dev.sluice.it.keys;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A region's office, keyed by the region's code; the database cascades it on to rooms. */
@Entity(table = "offices")
public class Office {
  @Id @ForeignKey(entity = Region.class, onUpdate = Action.CASCADE) String regionCode;
  String street;

  @Relationship(backPopulates = "offices")
  final RelatedRef<Region> region = Office_.region(this);

  Office() {}

  Office(String street) {
    this.street = street;
  }
}
