package dev.sluice.conformance.cascade.m2m;

import dev.sluice.annotations.Schema;

/** test_cascade.py's many-to-many cascade model: a, b, c and the atob link table. */
@Schema(entities = {A.class, DynamicA.class, B.class, C.class})
public interface M2MSchema {}
