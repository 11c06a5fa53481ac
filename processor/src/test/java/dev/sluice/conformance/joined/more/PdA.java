package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PolymorphicOn;

/** PassiveDeletesTest's root: table {@code a}, ids assigned. */
@Entity(table = "a")
@PolymorphicOn("type")
@PolymorphicIdentity("a")
public class PdA {
  @Id Long id;
  String type;

  PdA() {}

  PdA(long id) {
    this.id = id;
  }
}
