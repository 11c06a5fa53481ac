package dev.sluice.conformance.single.basic;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** A class of identity {@code d}, below B. */
@Entity
@PolymorphicIdentity("d")
public class D extends B {}
