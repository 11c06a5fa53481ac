package dev.sluice.conformance.joined.basic;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PrimaryKeyJoin;

/** Joined below {@link A} by a key without a database foreign key. */
@Entity(table = "c")
@PrimaryKeyJoin(constraint = false)
@PolymorphicIdentity("c")
public class C extends A {}
