package dev.sluice.it.dropcycle;

import dev.sluice.annotations.Schema;

/** A post-update cycle (authors and books) whose books have a second parent. */
@Schema(entities = {Book.class, Publisher.class, Author.class})
public interface DropCycleSchema {}
