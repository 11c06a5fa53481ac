package dev.sluice.processor.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads annotation attributes through mirrors, defaults included; {@code Class} members come
 * back as types, enum members as constant names.
 */
public final class Mirrors {
  private final Elements elements;
  /** The default of each attribute, by annotation type: read once per type, not per value. */
  private final Map<String, Map<String, AnnotationValue>> defaults = new HashMap<>();

  public Mirrors(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of the given type on an element, or {@code null}. */
  public static AnnotationMirror find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation)) {
        return mirror;
      }
    }
    return null;
  }

  /** Whether the attribute was written in the source (rather than defaulted). */
  public static boolean isExplicit(AnnotationMirror mirror, String attribute) {
    for (ExecutableElement method : mirror.getElementValues().keySet()) {
      if (method.getSimpleName().contentEquals(attribute)) {
        return true;
      }
    }
    return false;
  }

  /** The written value of an attribute, else its default. */
  public AnnotationValue value(AnnotationMirror mirror, String attribute) {
    TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
    return value(mirror, attribute, type.getQualifiedName().toString());
  }

  /**
   * The written value of an attribute, else the default that {@code defaultsFrom} declares for
   * an attribute of that name. javac hands out unreadable placeholders for the defaults of an
   * annotation nested in another's default ({@code backrefOptions = @Backref}), so those are
   * read from an annotation type that declares the same defaults.
   */
  public AnnotationValue value(AnnotationMirror mirror, String attribute, String defaultsFrom) {
    for (var entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    Map<String, AnnotationValue> declared = defaults.computeIfAbsent(defaultsFrom,
        this::defaultsOf);
    if (!declared.containsKey(attribute)) {
      throw new IllegalArgumentException(mirror + " has no attribute " + attribute);
    }
    return declared.get(attribute);
  }

  /** Each attribute's default, or {@code null} for one without a default. */
  private Map<String, AnnotationValue> defaultsOf(String annotation) {
    Map<String, AnnotationValue> values = new HashMap<>();
    TypeElement declared = elements.getTypeElement(annotation);
    for (ExecutableElement method : ElementFilter.methodsIn(declared.getEnclosedElements())) {
      values.put(method.getSimpleName().toString(), method.getDefaultValue());
    }
    return values;
  }

  /** An enum value's constant name. */
  public static String enumName(AnnotationValue value) {
    return ((VariableElement) value.getValue()).getSimpleName().toString();
  }

  /** An enum-array value's constant names. */
  public static List<String> enumNames(AnnotationValue value) {
    List<String> names = new ArrayList<>();
    for (Object item : (List<?>) value.getValue()) {
      names.add(enumName((AnnotationValue) item));
    }
    return names;
  }

  public String string(AnnotationMirror mirror, String attribute) {
    return (String) value(mirror, attribute).getValue();
  }

  public boolean bool(AnnotationMirror mirror, String attribute) {
    return (Boolean) value(mirror, attribute).getValue();
  }

  public int integer(AnnotationMirror mirror, String attribute) {
    return (Integer) value(mirror, attribute).getValue();
  }

  /** An enum attribute's constant name. */
  public String enumName(AnnotationMirror mirror, String attribute) {
    return enumName(value(mirror, attribute));
  }

  /** An enum-array attribute's constant names. */
  public List<String> enumNames(AnnotationMirror mirror, String attribute) {
    return enumNames(value(mirror, attribute));
  }

  public List<String> strings(AnnotationMirror mirror, String attribute) {
    List<String> strings = new ArrayList<>();
    for (Object item : list(mirror, attribute)) {
      strings.add((String) ((AnnotationValue) item).getValue());
    }
    return strings;
  }

  /** A {@code Class} attribute as a type. */
  public TypeMirror type(AnnotationMirror mirror, String attribute) {
    return (TypeMirror) value(mirror, attribute).getValue();
  }

  /** A {@code Class[]} attribute's values, each with its own position. */
  public List<AnnotationValue> typeValues(AnnotationMirror mirror, String attribute) {
    List<AnnotationValue> values = new ArrayList<>();
    for (Object item : list(mirror, attribute)) {
      values.add((AnnotationValue) item);
    }
    return values;
  }

  public AnnotationMirror annotation(AnnotationMirror mirror, String attribute) {
    return (AnnotationMirror) value(mirror, attribute).getValue();
  }

  /** The class element of a declared type, or {@code null} for other types. */
  public static TypeElement typeElement(TypeMirror type) {
    return type instanceof DeclaredType ? (TypeElement) ((DeclaredType) type).asElement() : null;
  }

  private List<?> list(AnnotationMirror mirror, String attribute) {
    return (List<?>) value(mirror, attribute).getValue();
  }

  /** Whether a type, or a type it is built from, is one javac could not resolve. */
  public static boolean isError(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof ArrayType) {
      return isError(((ArrayType) type).getComponentType());
    }
    if (type instanceof DeclaredType) {
      for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
        if (isError(argument)) {
          return true;
        }
      }
    }
    return false;
  }
}
