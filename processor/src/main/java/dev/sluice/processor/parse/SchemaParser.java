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

  /** The declaration, or {@code null} when a listed type is not resolved yet (defer it). */
  public SchemaDecl parse(TypeElement schema) {
    AnnotationMirror mirror = Mirrors.find(schema, AnnotationNames.SCHEMA);
    List<SchemaDecl.Listed> listed = new ArrayList<>();
    for (AnnotationValue value : mirrors.typeValues(mirror, "entities")) {
      if (!(value.getValue() instanceof TypeMirror)) {
        return null; // javac has not resolved the class literal yet
      }
      TypeMirror type = (TypeMirror) value.getValue();
      TypeElement element = Mirrors.typeElement(type);
      if (type.getKind() == TypeKind.ERROR || element == null) {
        return null;
      }
      listed.add(new SchemaDecl.Listed(entities.parse(element), value));
    }
    return new SchemaDecl(schema, mirror, listed);
  }
}
