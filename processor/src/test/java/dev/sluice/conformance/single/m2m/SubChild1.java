package dev.sluice.conformance.single.m2m;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** A child of identity {@code sub1}. */
@Entity
@PolymorphicIdentity("sub1")
public class SubChild1 extends Child {
  SubChild1() {}

  SubChild1(String name) {
    this.name = name;
  }
}
