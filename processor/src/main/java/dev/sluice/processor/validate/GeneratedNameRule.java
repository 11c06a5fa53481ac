package dev.sluice.processor.validate;

import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Position;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.parse.GeneratedMark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The classes Sluice generates must not exist already: a user's {@code CommentDao} beside
 * entity {@code Comment} would otherwise make the Filer fail. Classes Sluice itself generated
 * in an earlier build (stale sources on the path) are not a clash.
 */
public final class GeneratedNameRule implements SchemaRule {
  private static final String PROCESSOR = "dev.sluice.processor.SluiceProcessor";
  private static final List<String> ENTITY_SUFFIXES = List.of("_", "Dao");
  private static final List<String> SCHEMA_SUFFIXES = List.of("_Metadata", "_Module");

  private final Elements elements;
  /** The top-level types of each package looked at, by simple name: one listing per package. */
  private final Map<String, Map<String, TypeElement>> packages = new HashMap<>();

  public GeneratedNameRule(Elements elements) {
    this.elements = elements;
  }

  @Override
  public void check(Schema schema, Reporter reporter) {
    Map<String, String> owners = new HashMap<>();
    for (Entity entity : schema.entities()) {
      for (String suffix : ENTITY_SUFFIXES) {
        check(generatedName(entity.element(), suffix), entity.element(),
            "entity " + entity.simpleName(), owners, reporter);
      }
    }
    for (String suffix : SCHEMA_SUFFIXES) {
      check(generatedName(schema.element(), suffix), schema.element(),
          "schema " + schema.simpleName(), owners, reporter);
    }
  }

  private void check(String generated, Element owner, String ownerWords,
      Map<String, String> owners, Reporter reporter) {
    String other = owners.putIfAbsent(generated, ownerWords);
    if (other != null) {
      reporter.report(Diagnostic.GENERATED_NAME_TAKEN, Position.of(owner), generated,
          ownerWords, "it is also the class Sluice generates for " + other);
      return;
    }
    TypeElement existing = existing(generated);
    if (existing != null && !GeneratedMark.writtenBy(existing, PROCESSOR)) {
      reporter.report(Diagnostic.GENERATED_NAME_TAKEN, Position.of(owner), generated,
          ownerWords, "your code already declares a class of that name");
    }
  }

  /**
   * The class of that name, if any. Looked up in a listing of its package, since javac's
   * {@code getTypeElement} searches every module for a name that does not exist, which made this
   * check a quarter of the processor's time on a large schema.
   */
  private TypeElement existing(String name) {
    int dot = name.lastIndexOf('.');
    String pkg = dot < 0 ? "" : name.substring(0, dot);
    Map<String, TypeElement> types = packages.computeIfAbsent(pkg, this::topLevelTypes);
    return types == null ? elements.getTypeElement(name) : types.get(name.substring(dot + 1));
  }

  /** Null when javac does not know the package as one element (then each name is looked up). */
  private Map<String, TypeElement> topLevelTypes(String pkg) {
    PackageElement element = elements.getPackageElement(pkg);
    if (element == null) {
      return null;
    }
    Map<String, TypeElement> types = new HashMap<>();
    for (Element member : element.getEnclosedElements()) {
      if (member instanceof TypeElement) {
        types.put(member.getSimpleName().toString(), (TypeElement) member);
      }
    }
    return types;
  }

  /** {@code a.Outer_Inner} + suffix for a nested {@code a.Outer.Inner}, as the writers name it. */
  static String generatedName(Element type, String suffix) {
    List<String> names = new ArrayList<>();
    Element current = type;
    while (current.getKind() != ElementKind.PACKAGE) {
      names.add(0, current.getSimpleName().toString());
      current = current.getEnclosingElement();
    }
    String pkg = ((PackageElement) current).getQualifiedName().toString();
    return (pkg.isEmpty() ? "" : pkg + ".") + String.join("_", names) + suffix;
  }
}
