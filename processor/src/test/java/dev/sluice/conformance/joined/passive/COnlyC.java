package dev.sluice.conformance.joined.passive;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PrimaryKeyJoin;

/** Table {@code c}, whose rows the database deletes with their {@code b} row. */
@Entity(table = "c")
@PrimaryKeyJoin(passiveDeletes = true)
@PolymorphicIdentity("c")
public class COnlyC extends COnlyB {
  COnlyC() {}

  COnlyC(long id) {
    super(id);
  }
}
