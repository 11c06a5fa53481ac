package dev.sluice.processor.parse;

import dev.sluice.annotations.Action;
import javax.lang.model.element.AnnotationMirror;

/**
 * What a {@code @ForeignKey} declares, defaults filled in; {@code mirror} only places
 * diagnostics.
 *
 * @param target the qualified name of the class {@code entity} names (for a type that is no
 *     class, such as {@code int.class}, its spelling)
 * @param targetSimpleName its simple name, for messages
 * @param targetIsEntity whether that class is annotated {@code @Entity}
 * @param targetResolved false while javac has not resolved the class (the schema then waits)
 */
public record ForeignKeyDecl(
    AnnotationMirror mirror,
    String target,
    String targetSimpleName,
    boolean targetIsEntity,
    boolean targetResolved,
    String column,
    String name,
    Action onDelete,
    Action onUpdate,
    boolean constraint) {}
