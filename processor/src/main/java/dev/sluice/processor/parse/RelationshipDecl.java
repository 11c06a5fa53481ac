package dev.sluice.processor.parse;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * What a {@code @Relationship} declares, every attribute read and defaults filled in;
 * {@code mirror} only places diagnostics.
 *
 * @param secondary the type {@code secondary} names, or {@code null} when it is left out
 * @param secondaryClass that type's class, or {@code null} when it is no class (an array)
 * @param secondaryResolved false while javac has not resolved it (the schema then waits)
 * @param backrefOptions the options of the side {@code backref} creates
 */
public record RelationshipDecl(
    AnnotationMirror mirror,
    String backPopulates,
    String backref,
    TypeMirror secondary,
    TypeElement secondaryClass,
    boolean secondaryResolved,
    String primaryJoin,
    String secondaryJoin,
    List<String> foreignKeys,
    String remoteSide,
    RelationOptions options,
    RelationOptions backrefOptions) {

  /** Whether this side says how it joins (secondary, primaryJoin or foreignKeys). */
  public boolean declaresJoin() {
    return secondary != null || !primaryJoin.isEmpty() || !foreignKeys.isEmpty();
  }
}
