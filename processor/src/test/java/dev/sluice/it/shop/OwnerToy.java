package dev.sluice.it.shop;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** Links owners and toys. */
@AssociationTable(name = "owner_toy")
public class OwnerToy {
  @ForeignKey(entity = Owner.class) Long ownerId;
  @ForeignKey(entity = Toy.class) Long toyId;
}
