package dev.sluice.conformance.joined.passive;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PrimaryKeyJoin;

/** Table {@code b}, whose rows (and those of {@code c}) the database deletes with {@code a}'s. */
@Entity(table = "b")
@PrimaryKeyJoin(passiveDeletes = true)
@PolymorphicIdentity("b")
public class BOnlyB extends BOnlyA {
  String data;

  BOnlyB() {}

  BOnlyB(long id) {
    super(id);
  }
}
