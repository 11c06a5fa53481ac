package dev.sluice.it.loading;

import dev.sluice.annotations.Schema;

/** A library whose relations use every loading strategy. */
@Schema(entities = {Library.class, Book.class, Shelf.class, Note.class, Draft.class, Tag.class})
public interface LoadingSchema {}
