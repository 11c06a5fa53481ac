package dev.sluice.it.compositefk;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** A pallet stored in a bin, under the same inherited key as a shipment. */
@Entity
public class Pallet extends Stored {
  @Id @GeneratedValue Long id;

  Pallet() {}

  Pallet(String warehouse, Integer binNumber) {
    this.warehouse = warehouse;
    this.binNumber = binNumber;
  }
}
