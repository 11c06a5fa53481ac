package dev.sluice.processor.parse;

import dev.sluice.processor.base.Naming;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What a mapped field declares: its type's role, how it is reached, and its annotations with
 * every attribute read. {@code id} and {@code generatedValue} have no attributes: their mirrors
 * only say that they are present and where.
 *
 * @param holderTargetIsEntity whether the holder's target class is annotated {@code @Entity}
 * @param inherited the superclass that declares it, or {@code null} for the entity's own
 */
public record FieldDecl(
    VariableElement element,
    String name,
    Role role,
    ValueKind kind,
    String javaType,
    boolean primitive,
    HolderKind holder,
    TypeElement holderTarget,
    boolean holderTargetIsEntity,
    Access access,
    boolean isFinal,
    AnnotationMirror id,
    AnnotationMirror generatedValue,
    ColumnDecl column,
    ForeignKeyDecl foreignKey,
    RelationshipDecl relationship,
    Inherited inherited) {

  /** Its column's name: as {@code @Column} names it, else the snake_case field name. */
  public String columnName() {
    String written = column == null ? "" : column.name();
    return written.isEmpty() ? Naming.snakeCase(name) : written;
  }

  /**
   * Where an inherited field comes from: a {@code @MappedSuperclass}, or an {@code @Entity}
   * superclass of the same table or a class above it ({@code fromEntity}: that entity maps
   * the field); {@code otherPackage} when that class is not in the entity's package, so only
   * public members are reachable.
   */
  public record Inherited(TypeElement superclass, boolean otherPackage, boolean fromEntity) {}

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
