package dev.sluice.conformance.joined.poly;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** A machine of an engineer: its key references {@code engineers}. */
@Entity(table = "machines")
public class Machine {
  @Id @GeneratedValue Long machineId;
  String name;
  @ForeignKey(entity = Engineer.class) Long engineerId;

  Machine() {}

  Machine(String name) {
    this.name = name;
  }
}
