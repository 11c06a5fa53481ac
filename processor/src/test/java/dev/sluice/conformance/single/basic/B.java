package dev.sluice.conformance.single.basic;

import dev.sluice.annotations.Entity;

/** The middle class without an identity: abstract, so every row of it is a C or a D. */
@Entity
public abstract class B extends A {}
