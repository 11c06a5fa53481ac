package dev.sluice.processor.model;

import dev.sluice.annotations.Action;

/**
 * A column's reference to another entity's column. {@code constraint} is false for a logical
 * key, which the ORM uses but the DDL leaves out; {@code declared} is false when only a
 * relationship's {@code foreignKeys} names the column.
 */
public record ForeignKey(
    String referencedEntity,
    String referencedField,
    Action onDelete,
    Action onUpdate,
    boolean constraint,
    String constraintName,
    boolean declared) {}
