package dev.sluice.it.compositemove;

import dev.sluice.annotations.Schema;

/**
 * Shelves with a composite primary key and docks with a two-column unique key, and the rows
 * that reference them.
 */
@Schema(entities = {Shelf.class, Label.class, Tag.class, Dock.class, Crate.class})
public interface ShelfSchema {}
