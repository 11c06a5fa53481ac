package dev.sluice.processor.model;

import dev.sluice.annotations.Action;
import java.util.List;

/**
 * A foreign key over several columns of an entity's table, by field names on both sides; the
 * referenced fields are covered by a UNIQUE constraint of the referenced table.
 */
public record CompositeForeignKey(
    List<String> fields,
    String referencedEntity,
    List<String> referencedFields,
    Action onDelete,
    Action onUpdate,
    String constraintName) {}
