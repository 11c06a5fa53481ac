package dev.sluice.processor.parse;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Reads a {@code @Schema} and the classes it lists. */
public final class SchemaParser {
  private final Mirrors mirrors;
  private final EntityParser entities;

  public SchemaParser(Mirrors mirrors, EntityParser entities) {
    this.mirrors = mirrors;
    this.entities = entities;
  }

  /**
   * The declaration, or {@code null} when a listed type, or a class its fields name, is not
   * resolved yet (defer it: another processor may generate it, and if none does javac reports
   * it).
   */
  public SchemaDecl parse(TypeElement schema) {
    AnnotationMirror mirror = Mirrors.find(schema, AnnotationNames.SCHEMA);
    List<SchemaDecl.Listed> listed = new ArrayList<>();
    List<AnnotationValue> notClasses = new ArrayList<>();
    for (AnnotationValue value : mirrors.typeValues(mirror, "entities")) {
      if (!(value.getValue() instanceof TypeMirror)) {
        return null; // javac has not resolved the class literal yet
      }
      TypeMirror type = (TypeMirror) value.getValue();
      if (type.getKind() == TypeKind.ERROR) {
        return null;
      }
      TypeElement element = Mirrors.typeElement(type);
      if (element == null) {
        notClasses.add(value); // a primitive or array class literal: never an entity
        continue;
      }
      EntityDecl entity = entities.parse(element);
      if (namesUnresolved(entity)) {
        return null;
      }
      listed.add(new SchemaDecl.Listed(entity, value));
    }
    return new SchemaDecl(schema, mirror, listed, notClasses);
  }

  /**
   * Whether a field's type, key target or secondary table (and its fields), or the target of a
   * {@code @ForeignKeyConstraint}, is unresolved.
   */
  private boolean namesUnresolved(EntityDecl entity) {
    if (entity.foreignKeyConstraints().stream().anyMatch(key -> !key.targetResolved())) {
      return true;
    }
    for (FieldDecl field : entity.fields()) {
      if (Mirrors.isError(field.element().asType()) || unresolved(field.foreignKey())) {
        return true;
      }
      RelationshipDecl relationship = field.relationship();
      if (relationship == null) {
        continue;
      }
      if (!relationship.secondaryResolved()) {
        return true;
      }
      TypeElement table = relationship.secondaryClass();
      for (FieldDecl column : table == null ? List.<FieldDecl>of()
          : entities.parse(table).fields()) {
        if (Mirrors.isError(column.element().asType()) || unresolved(column.foreignKey())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a key's {@code entity} names a class javac could not resolve. */
  private static boolean unresolved(ForeignKeyDecl key) {
    return key != null && !key.targetResolved();
  }
}
