package dev.sluice.conformance.single.basic;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** A class of identity {@code c}, below B. */
@Entity
@PolymorphicIdentity("c")
public class C extends B {}
