package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** Table {@code b}, keyed to {@code a} (ON DELETE CASCADE, as the original declares). */
@Entity(table = "b")
@PolymorphicIdentity("b")
public class PdB extends PdA {
  String data;

  PdB() {}

  PdB(long id) {
    super(id);
  }
}
