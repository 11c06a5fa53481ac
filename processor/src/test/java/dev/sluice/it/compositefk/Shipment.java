package dev.sluice.it.compositefk;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/**
 * A shipment stored in a bin; no relationship follows its key, and it is listed before the
 * bins it references.
 */
@Entity
public class Shipment extends Stored {
  @Id @GeneratedValue Long id;

  Shipment() {}

  Shipment(String warehouse, Integer binNumber) {
    this.warehouse = warehouse;
    this.binNumber = binNumber;
  }
}
