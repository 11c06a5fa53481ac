package dev.sluice.conformance.single.m2m;

import dev.sluice.annotations.Schema;

/** ManyToManyToSingleTest: a parent with many-to-many relations to two single-table classes. */
@Schema(entities = {Parent.class, Child.class, SubChild1.class, SubChild2.class})
public interface ManyToManyToSingleSchema {}
