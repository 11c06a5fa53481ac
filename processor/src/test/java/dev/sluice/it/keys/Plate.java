package dev.sluice.it.keys;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A number plate naming its region by label (a unique column the database cascades). */
@Entity(table = "plates")
public class Plate {
  @Id @GeneratedValue Long id;
  @ForeignKey(entity = Region.class, column = "label", onUpdate = Action.CASCADE)
  String regionLabel;

  @Relationship
  final RelatedRef<Region> region = Plate_.region(this);
}
