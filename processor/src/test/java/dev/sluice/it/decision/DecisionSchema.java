package dev.sluice.it.decision;

import dev.sluice.annotations.Schema;

/** A shelf with one relationship per compiled delete decision. */
@Schema(entities = {Shelf.class, Book.class, Box.class, Label.class, ShelfLog.class, Tag.class,
    Crate.class, Sticker.class})
public interface DecisionSchema {}
