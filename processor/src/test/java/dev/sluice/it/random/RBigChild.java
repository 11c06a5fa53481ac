package dev.sluice.it.random;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** A child of a subclass, in the children's table: its column stays NULL for other children. */
@Entity
@PolymorphicIdentity("big")
public class RBigChild extends RChild {
  String label = "big";

  RBigChild() {}

  RBigChild(String name) {
    super(name);
  }

  @Override
  public String toString() {
    return "RBigChild " + id + " " + name;
  }
}
