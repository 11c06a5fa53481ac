package dev.sluice.conformance.joined.passive;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** Table {@code b}, deleted by the session. */
@Entity(table = "b")
@PolymorphicIdentity("b")
public class COnlyB extends COnlyA {
  String data;

  COnlyB() {}

  COnlyB(long id) {
    super(id);
  }
}
