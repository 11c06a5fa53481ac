package dev.sluice.conformance.cascade.chainkeep;

import dev.sluice.annotations.Schema;

/** t1 to t2 to t3, each many-to-one under "all" only. */
@Schema(entities = {T1.class, T2.class, T3.class})
public interface ChainKeepSchema {}
