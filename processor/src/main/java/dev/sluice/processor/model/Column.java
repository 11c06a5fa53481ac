package dev.sluice.processor.model;

import dev.sluice.processor.parse.Access;
import dev.sluice.processor.parse.ValueKind;
import javax.lang.model.element.VariableElement;

/** A mapped field: its SQL column, value kind, nullability and constraints. */
public record Column(
    VariableElement element,
    String field,
    String name,
    ValueKind kind,
    String javaType,
    boolean primitive,
    boolean nullable,
    boolean unique,
    int length,
    boolean indexed,
    boolean id,
    boolean generated,
    Access access,
    ForeignKey foreignKey) {

  public Column withForeignKey(ForeignKey key) {
    return new Column(element, field, name, kind, javaType, primitive, nullable, unique, length,
        indexed, id, generated, access, key);
  }
}
