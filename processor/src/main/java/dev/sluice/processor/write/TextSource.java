package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
    Map<ClassName, String> names = names(parts, shadowedJavaLang);
    StringBuilder out = new StringBuilder(8192);
    if (!packageName().isEmpty()) {
      out.append("package ").append(packageName()).append(";\n\n");
    }
    Set<String> imports = new TreeSet<>();
    names.forEach((type, name) -> {
      if (imported(type, name)) {
        imports.add(type.canonicalName());
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

  /** How each top-level class the text refers to is written: simple or qualified. */
  private Map<ClassName, String> names(List<Object> parts, Collection<String> shadowedJavaLang) {
    Set<ClassName> used = new LinkedHashSet<>();
    for (Object part : parts) {
      if (part instanceof ClassName type) {
        used.add(type.topLevelClassName());
      }
    }
    Set<String> taken = new HashSet<>(nested);
    taken.add(self.simpleName());
    Map<ClassName, String> names = new HashMap<>();
    for (ClassName type : used) { // the package's own classes first: nothing may hide them
      if (type.packageName().equals(packageName()) && !type.equals(self)) {
        boolean hidden = nested.contains(type.simpleName());
        names.put(type, hidden ? type.canonicalName() : type.simpleName());
        taken.add(type.simpleName());
      }
    }
    for (ClassName type : used) {
      if (type.equals(self) || names.containsKey(type)) {
        continue;
      }
      boolean free = !(type.packageName().equals("java.lang")
          && shadowedJavaLang.contains(type.simpleName())) && taken.add(type.simpleName());
      names.put(type, free ? type.simpleName() : type.canonicalName());
    }
    return names;
  }

  private boolean imported(ClassName type, String name) {
    return !type.packageName().equals(packageName()) && !type.packageName().equals("java.lang")
        && name.equals(type.simpleName());
  }

  /** A class as written: the file's own nested classes by their simple names. */
  private String name(ClassName type, Map<ClassName, String> names) {
    List<String> simpleNames = type.simpleNames();
    if (type.topLevelClassName().equals(self)) {
      return simpleNames.size() == 1 ? self.simpleName()
          : String.join(".", simpleNames.subList(1, simpleNames.size()));
    }
    List<String> written = new ArrayList<>();
    written.add(names.get(type.topLevelClassName()));
    written.addAll(simpleNames.subList(1, simpleNames.size()));
    return String.join(".", written);
  }
}
