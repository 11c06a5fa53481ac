package dev.sluice.processor.parse;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Where an entity stands in a class hierarchy sharing one table, as its annotations say.
 *
 * @param root the farthest {@code @Entity} ancestor, or the class itself
 * @param discriminator the field the root's {@code @PolymorphicOn} names, or {@code null}
 * @param polymorphicOn this class's own {@code @PolymorphicOn}, or {@code null}
 * @param identityMirror this class's {@code @PolymorphicIdentity}, or {@code null}
 * @param identity its value, or {@code null}
 * @param writtenTable the table this class's {@code @Entity} names, or {@code ""}
 */
public record HierarchyDecl(
    TypeElement root,
    String discriminator,
    AnnotationMirror polymorphicOn,
    AnnotationMirror identityMirror,
    String identity,
    String writtenTable) {

  /** Whether the class extends another entity (it is not the root). */
  public boolean isSubclass(TypeElement type) {
    return root != type;
  }
}
