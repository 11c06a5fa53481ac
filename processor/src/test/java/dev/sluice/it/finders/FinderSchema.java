package dev.sluice.it.finders;

import dev.sluice.annotations.Schema;

/** Stores whose items are loaded in the same statement, both tables with a column "code". */
@Schema(entities = {Store.class, Item.class})
public interface FinderSchema {}
