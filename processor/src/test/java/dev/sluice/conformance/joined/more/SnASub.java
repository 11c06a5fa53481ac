package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** Table {@code sn_a_sub}, with no column but its key; it inherits the root's bs. */
@Entity(table = "sn_a_sub")
@PolymorphicIdentity("asub")
public class SnASub extends SnA {}
