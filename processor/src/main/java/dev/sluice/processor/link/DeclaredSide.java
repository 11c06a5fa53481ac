package dev.sluice.processor.link;

import dev.sluice.processor.model.Entity;
import dev.sluice.processor.parse.FieldDecl;
import dev.sluice.processor.parse.RelationshipDecl;
import javax.lang.model.element.AnnotationMirror;

/** A {@code @Relationship} field as declared, its owner and target entities resolved. */
record DeclaredSide(Entity owner, FieldDecl field, Entity target) {
  RelationshipDecl relationship() {
    return field.relationship();
  }

  /** The annotation, to place diagnostics on it. */
  AnnotationMirror mirror() {
    return field.relationship().mirror();
  }

  String backPopulates() {
    return field.relationship().backPopulates();
  }

  String backref() {
    return field.relationship().backref();
  }

  String describe() {
    return owner.simpleName() + "." + field.name();
  }
}
