package dev.sluice.bench.model;

import dev.sluice.annotations.Schema;

/** The benchmark model: parents with owned children and shared tags. */
@Schema(entities = {Parent.class, Child.class, Tag.class})
public interface BenchSchema {}
