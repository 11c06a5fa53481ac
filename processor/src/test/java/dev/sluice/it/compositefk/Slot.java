package dev.sluice.it.compositefk;

import dev.sluice.annotations.MappedSuperclass;
import dev.sluice.annotations.Unique;

/** A place numbered within its warehouse; the pair is unique in each extending entity's table. */
@MappedSuperclass
@Unique({"warehouse", "number"})
public abstract class Slot {
  String warehouse;
  Integer number;
}
