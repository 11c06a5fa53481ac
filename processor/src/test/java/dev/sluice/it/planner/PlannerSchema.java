package dev.sluice.it.planner;

import dev.sluice.annotations.Schema;

/**
 * Models for the flush planner's database-free tests: delete-orphan children, nullified
 * children, a many-to-many, a post-update cycle, a natural key that changes and a tree.
 * Public, so a test in the runtime's package can build them.
 */
@Schema(entities = {Shelf.class, Book.class, Label.class, Genre.class, Region.class,
    Store.class, Category.class})
public interface PlannerSchema {}
