package dev.sluice.it.unique;

import dev.sluice.annotations.Schema;

/** A table with two multi-column UNIQUE constraints. */
@Schema(entities = Edition.class)
public interface UniqueSchema {}
