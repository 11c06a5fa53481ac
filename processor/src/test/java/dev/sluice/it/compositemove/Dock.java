package dev.sluice.it.compositemove;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.annotations.Unique;
import dev.sluice.runtime.RelatedList;

/** A dock known by its id, and also by its zone and slot, which its crates reference. */
@Entity(table = "docks")
@Unique({"zone", "slot"})
public class Dock {
  @Id Long id;
  Integer zone;
  Integer slot;

  @Relationship(backPopulates = "dock",
      primaryJoin = "Dock.zone = Crate.zone AND Dock.slot = Crate.slot")
  final RelatedList<Crate> crates = Dock_.crates(this);

  Dock() {}

  Dock(long id, int zone, int slot) {
    this.id = id;
    this.zone = zone;
    this.slot = slot;
  }
}
