package dev.sluice.processor.parse;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * What a class listed in a schema (or named as a secondary table) declares: its annotations,
 * whether generated code can create it, and its fields.
 *
 * @param uniques its {@code @Unique} constraints, in the order written
 * @param foreignKeyConstraints its {@code @ForeignKeyConstraint}s, in the order written
 * @param entitySuperclass the nearest ancestor annotated {@code @Entity}, or {@code null}
 * @param hierarchy its place in a hierarchy sharing one table, or {@code null} when it names no
 *     polymorphism and extends no entity
 * @param notAClass what it is instead of a class ("an interface", …), or {@code null}
 * @param unreachable why generated code cannot name it ("private", …), or {@code null}
 */
public record EntityDecl(
    TypeElement element,
    AnnotationMirror entity,
    AnnotationMirror association,
    String table,
    List<FieldDecl> fields,
    List<UniqueDecl> uniques,
    List<ForeignKeyConstraintDecl> foreignKeyConstraints,
    TypeElement entitySuperclass,
    HierarchyDecl hierarchy,
    String notAClass,
    boolean isAbstract,
    String unreachable,
    boolean hasNoArgConstructor) {

  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }

  /** Whether it extends an entity whose hierarchy root names a discriminator. */
  public boolean isPolymorphicSubclass() {
    return entitySuperclass != null && hierarchy.discriminator() != null;
  }

  /** Whether it is a subclass of a hierarchy with a table of its own (joined-table). */
  public boolean isJoinedSubclass() {
    return hierarchy != null && hierarchy.parentTable() != null
        && !table.equals(hierarchy.parentTable());
  }

  public String simpleName() {
    return element.getSimpleName().toString();
  }
}
