package dev.sluice.conformance.inhrelationship;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** One subclass. */
@Entity
@PolymorphicIdentity("child1")
public class Child1 extends Parent {}
