package dev.sluice.processor.parse;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Schema} and the classes it lists, each with the value that names it, plus the
 * listed types that are no classes at all ({@code int.class}, {@code String[].class}).
 */
public record SchemaDecl(TypeElement element, AnnotationMirror mirror, List<Listed> listed,
    List<AnnotationValue> notClasses) {
  /** One class of {@code entities}, with its position in the annotation. */
  public record Listed(EntityDecl entity, AnnotationValue value) {}

  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }

  public String simpleName() {
    return element.getSimpleName().toString();
  }
}
