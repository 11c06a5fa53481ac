package dev.sluice.processor.link;

import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Identifiers;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.base.Position;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.base.Spelling;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.CompositeForeignKey;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.UniqueKey;
import dev.sluice.processor.parse.ForeignKeyConstraintDecl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves an entity's {@code @ForeignKeyConstraint}s against the schema: the referenced entity,
 * its columns, their types and the UNIQUE constraint the database needs over them. Its own
 * columns were checked with the entity.
 */
final class CompositeKeyLinker {
  private final Reporter reporter;

  CompositeKeyLinker(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The entity's keys, or what is left of them after the wrong ones were reported. */
  List<CompositeForeignKey> link(Entity owner, List<ForeignKeyConstraintDecl> keys,
      Map<String, Entity> entities, Set<String> invalid, String schema) {
    List<CompositeForeignKey> linked = new ArrayList<>();
    for (ForeignKeyConstraintDecl key : keys) {
      CompositeForeignKey resolved = resolve(owner, key, entities, invalid, schema);
      if (resolved != null) {
        linked.add(resolved);
      }
    }
    return List.copyOf(linked);
  }

  private CompositeForeignKey resolve(Entity owner, ForeignKeyConstraintDecl key,
      Map<String, Entity> entities, Set<String> invalid, String schema) {
    String written = key.written();
    Entity target = invalid.contains(key.target()) ? null : entities.get(key.target());
    if (target == null) {
      if (!invalid.contains(key.target())) {
        Position where = Position.of(key.declaredOn(), key.mirror(), "entity");
        String simple = key.targetSimpleName();
        if (key.targetIsEntity()) {
          reporter.report(Diagnostic.COMPOSITE_KEY_TARGET_NOT_IN_SCHEMA, where, written,
              owner.simpleName(), simple, schema, simple);
        } else {
          reporter.report(Diagnostic.COMPOSITE_KEY_TARGET_NOT_ENTITY, where, written,
              owner.simpleName(), simple);
        }
      }
      return null;
    }
    if (target.table().equals(owner.table())) {
      reporter.report(Diagnostic.COMPOSITE_KEY_SAME_TABLE,
          Position.of(key.declaredOn(), key.mirror(), "entity"), written, owner.simpleName(),
          owner.table());
      return null;
    }
    List<String> targetFields = target.columns().stream().map(Column::field).toList();
    List<String> columnNames = new ArrayList<>();
    boolean wrong = false;
    for (int i = 0; i < key.columns().size(); i++) {
      Column own = owner.column(key.columns().get(i));
      String name = key.references().get(i);
      Column referenced = target.column(name);
      Position where = new Position(key.declaredOn(), key.mirror(), key.referenceValues().get(i));
      if (referenced == null) {
        reporter.report(Diagnostic.COMPOSITE_KEY_NOT_A_COLUMN, where, written,
            owner.simpleName(), name, "which is not a column field of " + target.simpleName()
                + Spelling.hint(name, targetFields), target.simpleName());
        wrong = true;
      } else if (!ColumnLinker.compatible(own, referenced)) {
        reporter.report(Diagnostic.COMPOSITE_KEY_TYPE_MISMATCH, where, written,
            owner.simpleName(), own.field(), Naming.simpleName(own.javaType()),
            target.simpleName(), referenced.field(), Naming.simpleName(referenced.javaType()));
        wrong = true;
      }
      columnNames.add(own.name());
    }
    if (wrong) {
      return null;
    }
    if (!coveredByKey(target, key.references(), entities)) {
      String quoted = key.references().stream().map(field -> '"' + field + '"')
          .collect(Collectors.joining(", "));
      reporter.report(Diagnostic.COMPOSITE_KEY_NOT_UNIQUE,
          Position.of(key.declaredOn(), key.mirror(), "references"), written, owner.simpleName(),
          String.join(", ", key.references()), target.simpleName(), target.simpleName(), quoted,
          target.simpleName());
      return null;
    }
    String name = key.name();
    String problem = Identifiers.problem(name);
    if (problem != null) {
      reporter.report(Diagnostic.BAD_IDENTIFIER, Position.of(key.declaredOn(), key.mirror(),
          "name"), "constraint", owner.simpleName() + "'s @ForeignKeyConstraint(" + written + ")",
          problem);
      return null;
    }
    return new CompositeForeignKey(List.copyOf(key.columns()), target.qualifiedName(),
        List.copyOf(key.references()), key.onDelete(), key.onUpdate(), name.isEmpty()
            ? Naming.fitIdentifier("fk_" + owner.table() + "_" + String.join("_", columnNames))
            : name);
  }

  /**
   * Whether the referenced table's composite primary key, or a {@code @Unique} in it (of the
   * entity or of a class sharing its table), covers exactly the referenced columns, in any
   * order.
   */
  private static boolean coveredByKey(Entity target, List<String> fields,
      Map<String, Entity> entities) {
    Set<String> wanted = new HashSet<>(fields);
    if (new HashSet<>(target.ids().stream().map(Column::field).toList()).equals(wanted)) {
      return true;
    }
    for (Entity entity : entities.values()) {
      if (!entity.table().equals(target.table())) {
        continue;
      }
      for (UniqueKey unique : entity.uniqueKeys()) {
        if (new HashSet<>(unique.fields()).equals(wanted)) {
          return true;
        }
      }
    }
    return false;
  }
}
