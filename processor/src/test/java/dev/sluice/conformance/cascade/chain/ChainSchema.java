package dev.sluice.conformance.cascade.chain;

import dev.sluice.annotations.Schema;

/** t1 to t2 to t3, each many-to-one under "all, delete-orphan" and single-parent. */
@Schema(entities = {T1.class, T2.class, T3.class})
public interface ChainSchema {}
