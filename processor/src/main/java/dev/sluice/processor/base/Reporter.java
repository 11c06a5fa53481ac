package dev.sluice.processor.base;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic.Kind;

/**
 * The one way the processor reports: formats a catalog message, honours
 * {@code @SuppressWarnings("sluice:<name>")} for warnings, and counts errors.
 */
public final class Reporter {
  private final Messager messager;
  private final Set<Element> faulty = new HashSet<>();
  /** What was printed where: a mistake every entity sharing a superclass finds is shown once. */
  private final Set<List<Object>> printed = new HashSet<>();
  private int errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  public void report(Diagnostic diagnostic, Position position, Object... args) {
    if (diagnostic.isWarning() && isSuppressed(position.element(), diagnostic)) {
      return;
    }
    Kind kind = diagnostic.isWarning() ? Kind.WARNING : Kind.ERROR;
    if (kind == Kind.ERROR) {
      errors++;
      faulty.add(position.element());
    }
    String message = diagnostic.format(args);
    if (!printed.add(Arrays.asList(message, position.element(), position.annotation(),
        position.value()))) {
      return;
    }
    if (position.value() != null) {
      messager.printMessage(kind, message, position.element(), position.annotation(),
          position.value());
    } else if (position.annotation() != null) {
      messager.printMessage(kind, message, position.element(), position.annotation());
    } else {
      messager.printMessage(kind, message, position.element());
    }
  }

  /** The number of errors reported so far. */
  public int errorCount() {
    return errors;
  }

  /**
   * Whether an error was reported on {@code element}: the other side of a pair then stays
   * silent, so that one mistake gives one error, on the side that is wrong.
   */
  public boolean hasError(Element element) {
    return faulty.contains(element);
  }

  private static boolean isSuppressed(Element element, Diagnostic diagnostic) {
    String wanted = "sluice:" + diagnostic.suppressionName();
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
        if (!mirror.getAnnotationType().toString().equals("java.lang.SuppressWarnings")) {
          continue;
        }
        for (var entry : mirror.getElementValues().entrySet()) {
          if (names(entry.getKey(), entry.getValue()).contains(wanted)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<String> names(ExecutableElement method, AnnotationValue value) {
    if (!method.getSimpleName().contentEquals("value") || !(value.getValue() instanceof List)) {
      return List.of();
    }
    return ((List<?>) value.getValue()).stream()
        .map(v -> String.valueOf(((AnnotationValue) v).getValue())).toList();
  }
}
