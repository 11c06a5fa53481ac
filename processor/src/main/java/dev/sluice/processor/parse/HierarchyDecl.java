package dev.sluice.processor.parse;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Where an entity stands in a class hierarchy, as its annotations say.
 *
 * @param root the farthest {@code @Entity} ancestor, or the class itself
 * @param discriminator the field the root's {@code @PolymorphicOn} names, or {@code null}
 * @param polymorphicOn this class's own {@code @PolymorphicOn}, or {@code null}
 * @param identityMirror this class's {@code @PolymorphicIdentity}, or {@code null}
 * @param identity its value, or {@code null}
 * @param writtenTable the table this class's {@code @Entity} names, or {@code ""}
 * @param parentTable the table of the nearest {@code @Entity} superclass, or {@code null} for
 *     the root
 * @param keyJoin this class's {@code @PrimaryKeyJoin}, or {@code null}
 * @param keyColumn the key column it names, or {@code ""} (the root's id column name)
 * @param keyConstraint whether the DDL declares the key's foreign key
 * @param keyPassiveDeletes whether deletes leave the table's rows to that foreign key
 */
public record HierarchyDecl(
    TypeElement root,
    String discriminator,
    AnnotationMirror polymorphicOn,
    AnnotationMirror identityMirror,
    String identity,
    String writtenTable,
    String parentTable,
    AnnotationMirror keyJoin,
    String keyColumn,
    boolean keyConstraint,
    boolean keyPassiveDeletes) {

  /** Whether the class extends another entity (it is not the root). */
  public boolean isSubclass(TypeElement type) {
    return root != type;
  }
}
