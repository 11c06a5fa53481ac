package dev.sluice.processor.base;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/** Where a diagnostic points: an element, and within it an annotation and an attribute value. */
public record Position(Element element, AnnotationMirror annotation, AnnotationValue value) {
  public static Position of(Element element) {
    return new Position(element, null, null);
  }

  public static Position of(Element element, AnnotationMirror annotation) {
    return new Position(element, annotation, null);
  }

  /** The explicitly written value of {@code attribute}, or the annotation if it was not written. */
  public static Position of(Element element, AnnotationMirror annotation, String attribute) {
    if (annotation == null) {
      return of(element);
    }
    for (var entry : annotation.getElementValues().entrySet()) {
      ExecutableElement method = entry.getKey();
      if (method.getSimpleName().contentEquals(attribute)) {
        return new Position(element, annotation, entry.getValue());
      }
    }
    return new Position(element, annotation, null);
  }
}
