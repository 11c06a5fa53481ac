package dev.sluice.it.shop;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A pet; an orphan pet is deleted. */
@Entity(table = "pet")
public class Pet {
  @Id @GeneratedValue Long id;
  String name;
  @ForeignKey(entity = Owner.class) Long ownerId;

  @Relationship(backPopulates = "pets")
  final RelatedRef<Owner> owner = Pet_.owner(this);

  Pet() {}

  Pet(String name) {
    this.name = name;
  }
}
