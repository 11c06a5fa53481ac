package dev.sluice.it.sealed;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A child whose reference is a hand-written implementation instead of the generated one. */
@Entity(table = "shelves")
public class Shelf {
  @Id Long id;

  @ForeignKey(entity = Keeper.class) Long keeperId;

  @Relationship(backPopulates = "shelves")
  final RelatedRef<Keeper> keeper = new HandMadeRef<>();

  Shelf() {}

  Shelf(long id) {
    this.id = id;
  }
}
