package dev.sluice.conformance.single.m2m;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** A child of identity {@code sub2}. */
@Entity
@PolymorphicIdentity("sub2")
public class SubChild2 extends Child {
  SubChild2() {}

  SubChild2(String name) {
    this.name = name;
  }
}
