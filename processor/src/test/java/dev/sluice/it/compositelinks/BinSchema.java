package dev.sluice.it.compositelinks;

import dev.sluice.annotations.Schema;

/** A many-to-many from an entity with a composite primary key. */
@Schema(entities = {Bin.class, Tag.class})
public interface BinSchema {}
