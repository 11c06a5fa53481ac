package dev.sluice.conformance.single.basic;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** A class of identity {@code e}, below A. */
@Entity
@PolymorphicIdentity("e")
public class E extends A {}
