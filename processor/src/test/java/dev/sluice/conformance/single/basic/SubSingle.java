package dev.sluice.conformance.single.basic;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** The subclass of DeleteOrphanTest. */
@Entity
@PolymorphicIdentity("sub")
public class SubSingle extends Single {
  SubSingle() {}

  SubSingle(String data) {
    super(data);
  }
}
