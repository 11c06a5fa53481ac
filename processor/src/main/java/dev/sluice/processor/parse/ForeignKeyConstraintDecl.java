package dev.sluice.processor.parse;

import dev.sluice.annotations.Action;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One {@code @ForeignKeyConstraint} of an entity class or of a mapped superclass it extends,
 * defaults filled in; each name keeps the value that wrote it, so that a diagnostic about one
 * name points at it.
 *
 * @param declaredOn the class the annotation is written on, where its diagnostics go
 * @param target the qualified name of the class {@code entity} names (for a type that is no
 *     class, its spelling)
 * @param targetIsEntity whether that class is annotated {@code @Entity}
 * @param targetResolved false while javac has not resolved the class (the schema then waits)
 */
public record ForeignKeyConstraintDecl(
    Element declaredOn,
    AnnotationMirror mirror,
    String target,
    String targetSimpleName,
    boolean targetIsEntity,
    boolean targetResolved,
    List<String> columns,
    List<AnnotationValue> columnValues,
    List<String> references,
    List<AnnotationValue> referenceValues,
    Action onDelete,
    Action onUpdate,
    String name) {

  /**
   * The key as written, for messages: javac cannot place a diagnostic inside the container of
   * several repeated annotations, so a message says which one it is about.
   */
  public String written() {
    return "columns = " + columns.stream().map(field -> '"' + field + '"')
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
