package dev.sluice.conformance.joined.passive;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PolymorphicOn;

/** PassiveDeletesTest's root, table {@code a}, for the case where B's table is passive. */
@Entity(table = "a")
@PolymorphicOn("type")
@PolymorphicIdentity("a")
public class BOnlyA {
  @Id Long id;
  String type;

  BOnlyA() {}

  BOnlyA(long id) {
    this.id = id;
  }
}
