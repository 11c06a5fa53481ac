package dev.sluice.conformance.joined.passive;

import dev.sluice.annotations.Schema;

/** PassiveDeletesTest with {@code b_p=True}. */
@Schema(entities = {BOnlyA.class, BOnlyB.class, BOnlyC.class})
public interface BOnlySchema {}
