package dev.sluice.it.compositefk;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** A bin, numbered within its warehouse. */
@Entity
public class Bin extends Slot {
  @Id @GeneratedValue Long id;

  Bin() {}

  Bin(String warehouse, Integer number) {
    this.warehouse = warehouse;
    this.number = number;
  }
}
