package dev.sluice.it.compositelinks;

import dev.sluice.annotations.Schema;

/** Many-to-manys from entities with a composite primary key, over logical and declared keys. */
@Schema(entities = {Bin.class, Box.class, Tag.class})
public interface BinSchema {}
