package dev.sluice.conformance.joined.passive;

import dev.sluice.annotations.Schema;

/** PassiveDeletesTest with {@code c_p=True}. */
@Schema(entities = {COnlyA.class, COnlyB.class, COnlyC.class})
public interface COnlySchema {}
