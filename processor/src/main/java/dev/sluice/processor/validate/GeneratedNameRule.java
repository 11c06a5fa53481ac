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
  private static final List<String> ENTITY_SUFFIXES = List.of("_", "Dao", "FlushPlan",
      "RowMapper");
  private static final List<String> SCHEMA_SUFFIXES = List.of("_Metadata", "_Module");

  private final Elements elements;

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
    TypeElement existing = elements.getTypeElement(generated);
    if (existing != null && !GeneratedMark.writtenBy(existing, PROCESSOR)) {
      reporter.report(Diagnostic.GENERATED_NAME_TAKEN, Position.of(owner), generated,
          ownerWords, "your code already declares a class of that name");
    }
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
