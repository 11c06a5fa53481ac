package dev.sluice.it.shop;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** An address whose many-to-one cascades DELETE: deleting it deletes its owner. */
@Entity(table = "address")
public class Address {
  @Id @GeneratedValue Long id;
  String city;
  @ForeignKey(entity = Owner.class) Long ownerId;

  @Relationship(backPopulates = "addresses", cascade = {Cascade.SAVE_UPDATE, Cascade.DELETE})
  @SuppressWarnings("sluice:delete-many-to-one")
  final RelatedRef<Owner> owner = Address_.owner(this);

  Address() {}

  Address(String city) {
    this.city = city;
  }
}
