package dev.sluice.it.sealed;

import dev.sluice.annotations.Schema;

/** Keepers and their shelves, one side of which is not made by the generated factory. */
@Schema(entities = {Keeper.class, Shelf.class})
public interface SealedSchema {}
