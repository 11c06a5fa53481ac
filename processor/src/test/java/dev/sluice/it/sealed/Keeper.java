package dev.sluice.it.sealed;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A parent whose collection is made by the generated factory, as it must be. */
@Entity(table = "keepers")
public class Keeper {
  @Id Long id;

  @Relationship(backPopulates = "keeper")
  final RelatedList<Shelf> shelves = Keeper_.shelves(this);

  Keeper() {}

  Keeper(long id) {
    this.id = id;
  }
}
