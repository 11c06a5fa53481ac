package dev.sluice.processor.parse;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** What a mapped field declares: its type's role, how it is reached, and its annotations. */
public record FieldDecl(
    VariableElement element,
    String name,
    Role role,
    ValueKind kind,
    String javaType,
    boolean primitive,
    HolderKind holder,
    TypeElement holderTarget,
    Access access,
    boolean isFinal,
    AnnotationMirror id,
    AnnotationMirror generatedValue,
    AnnotationMirror column,
    AnnotationMirror foreignKey,
    AnnotationMirror relationship) {

  /** What the field's type makes of it. */
  public enum Role {
    /** A value Sluice stores in a column. */
    COLUMN,
    /** A relationship holder (RelatedList, RelatedSet, RelatedRef, RelatedQuery). */
    HOLDER,
    /** A type Sluice cannot store. */
    UNSUPPORTED
  }
}
