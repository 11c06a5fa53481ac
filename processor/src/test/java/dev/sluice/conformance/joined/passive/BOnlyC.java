package dev.sluice.conformance.joined.passive;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** Table {@code c}, below a passive table: left to the database as well. */
@Entity(table = "c")
@PolymorphicIdentity("c")
public class BOnlyC extends BOnlyB {
  BOnlyC() {}

  BOnlyC(long id) {
    super(id);
  }
}
