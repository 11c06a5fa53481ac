package dev.sluice.conformance.inhrelationship;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** Its sibling: a relation to it never holds a {@link Child1}. */
@Entity
@PolymorphicIdentity("child2")
public class Child2 extends Parent {}
