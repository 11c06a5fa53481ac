package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** Table {@code c}, keyed to {@code b} by the root's id (the original gives it its own). */
@Entity(table = "c")
@PolymorphicIdentity("c")
public class PdC extends PdB {
  PdC() {}

  PdC(long id) {
    super(id);
  }
}
