package dev.sluice.processor.parse;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Reads the {@code @Generated} mark of an existing class: which processor wrote it, if any. */
public final class GeneratedMark {
  private GeneratedMark() {}

  /** Whether the class carries a {@code @Generated} whose value names {@code processor}. */
  public static boolean writtenBy(TypeElement type, String processor) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().toString().endsWith(".Generated")
          && mirror.getElementValues().values().stream()
              .anyMatch(v -> v.toString().contains(processor))) {
        return true;
      }
    }
    return false;
  }
}
