package dev.sluice.it.faults;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PrimaryKeyJoin;

/** A scout, in table {@code scout} keyed to {@code staff} by a logical key. */
@Entity(table = "scout")
@PrimaryKeyJoin(constraint = false)
@PolymorphicIdentity("scout")
public class Scout extends Staff {
  String region;

  Scout() {}

  Scout(String name, String region) {
    super(name);
    this.region = region;
  }
}
