package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;

/**
 * A generated top-level class written as {@link CodeText}: rendering decides, as JavaPoet
 * would, which classes are imported and which are written qualified. A class of the file's own
 * package is written by its simple name, a {@code java.lang} class too unless something else
 * takes its name, any other class is imported unless its simple name is taken (by the file's
 * class, its nested classes, a class of the package it uses, an earlier import) and is then
 * written qualified.
 */
final class TextSource implements GeneratedSource {
  private final ClassName self;
  private final Set<String> nested;
  private final CodeText body;
  private final List<Element> origins;

  /**
   * {@code body} declares {@code self} (with the members and nested classes {@code nested});
   * {@code origins} are the elements it was generated from.
   */
  TextSource(ClassName self, Set<String> nested, CodeText body, List<Element> origins) {
    this.self = self;
    this.nested = nested;
    this.body = body;
    this.origins = origins;
  }

  @Override
  public String packageName() {
    return self.packageName();
  }

  @Override
  public String qualifiedName() {
    return self.canonicalName();
  }

  @Override
  public Element[] origins() {
    return origins.toArray(new Element[0]);
  }

  @Override
  public String text(Collection<String> shadowedJavaLang) {
    List<Object> parts = body.parts();
    Map<String, String> names = names(parts, shadowedJavaLang);
    StringBuilder out = new StringBuilder(8192);
    if (!packageName().isEmpty()) {
      out.append("package ").append(packageName()).append(";\n\n");
    }
    Set<String> imports = new TreeSet<>();
    names.forEach((type, name) -> {
      if (!type.equals(name) && !type.equals(packageName() + "." + name)
          && !type.equals("java.lang." + name)) {
        imports.add(type);
      }
    });
    imports.forEach(i -> out.append("import ").append(i).append(";\n"));
    if (!imports.isEmpty()) {
      out.append('\n');
    }
    for (Object part : parts) {
      if (part instanceof ClassName type) {
        out.append(name(type, names));
      } else {
        out.append((String) part);
      }
    }
    return out.toString();
  }

  /**
   * How each top-level class the text refers to is written (simple or qualified), by qualified
   * name: strings, since JavaPoet compares class names by formatting them.
   */
  private Map<String, String> names(List<Object> parts, Collection<String> shadowedJavaLang) {
    Map<String, ClassName> used = new LinkedHashMap<>();
    for (Object part : parts) {
      if (part instanceof ClassName type) {
        used.putIfAbsent(topLevel(type), type);
      }
    }
    String selfName = self.canonicalName();
    Set<String> taken = new HashSet<>(nested);
    taken.add(self.simpleName());
    Map<String, String> names = new HashMap<>();
    used.forEach((top, type) -> { // the package's own classes first: nothing may hide them
      String simple = type.simpleNames().get(0);
      if (type.packageName().equals(packageName()) && !top.equals(selfName)) {
        names.put(top, nested.contains(simple) ? top : simple);
        taken.add(simple);
      }
    });
    used.forEach((top, type) -> {
      String simple = type.simpleNames().get(0);
      if (!top.equals(selfName) && !names.containsKey(top)) {
        boolean free = !(type.packageName().equals("java.lang")
            && shadowedJavaLang.contains(simple)) && taken.add(simple);
        names.put(top, free ? simple : top);
      }
    });
    return names;
  }

  private static String topLevel(ClassName type) {
    return type.simpleNames().size() == 1 ? type.canonicalName()
        : type.topLevelClassName().canonicalName();
  }

  /** A class as written: the file's own nested classes by their simple names. */
  private String name(ClassName type, Map<String, String> names) {
    List<String> simpleNames = type.simpleNames();
    String top = topLevel(type);
    if (top.equals(self.canonicalName())) {
      return simpleNames.size() == 1 ? self.simpleName()
          : String.join(".", simpleNames.subList(1, simpleNames.size()));
    }
    if (simpleNames.size() == 1) {
      return names.get(top);
    }
    List<String> written = new ArrayList<>();
    written.add(names.get(top));
    written.addAll(simpleNames.subList(1, simpleNames.size()));
    return String.join(".", written);
  }
}
