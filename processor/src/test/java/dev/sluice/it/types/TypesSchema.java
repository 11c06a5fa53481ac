package dev.sluice.it.types;

import dev.sluice.annotations.Schema;

/** One entity with a column of every supported type. */
@Schema(entities = Sample.class)
public interface TypesSchema {}
