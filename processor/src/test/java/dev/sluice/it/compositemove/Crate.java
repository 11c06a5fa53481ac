package dev.sluice.it.compositemove;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKeyConstraint;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A crate at a dock, referencing the dock's zone and slot together. */
@Entity(table = "crates")
@ForeignKeyConstraint(columns = {"zone", "slot"}, entity = Dock.class,
    references = {"zone", "slot"})
public class Crate {
  @Id Long id;
  Integer zone;
  Integer slot;
  String content;

  @Relationship(backPopulates = "crates",
      primaryJoin = "Dock.zone = Crate.zone AND Dock.slot = Crate.slot")
  final RelatedRef<Dock> dock = Crate_.dock(this);

  Crate() {}

  Crate(long id, String content) {
    this.id = id;
    this.content = content;
  }
}
