package dev.sluice.processor.link;

import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Identifiers;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.base.Position;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.ForeignKey;
import dev.sluice.processor.parse.ColumnDecl;
import dev.sluice.processor.parse.FieldDecl;
import dev.sluice.processor.parse.ForeignKeyDecl;
import dev.sluice.processor.parse.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;

/** Turns column fields into columns and resolves their {@code @ForeignKey}s. */
final class ColumnLinker {
  private final Reporter reporter;

  ColumnLinker(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The columns of a class's column fields, foreign keys not yet resolved. */
  List<Column> columns(List<FieldDecl> fields) {
    List<Column> columns = new ArrayList<>();
    for (FieldDecl field : fields) {
      if (field.role() != FieldDecl.Role.COLUMN) {
        continue;
      }
      ColumnDecl column = field.column();
      String name = column == null ? "" : column.name();
      boolean id = field.id() != null;
      boolean nullable = !id && !field.primitive() && (column == null || column.nullable());
      columns.add(new Column(field.element(), field.name(),
          name.isEmpty() ? Naming.snakeCase(field.name()) : name, field.kind(), field.javaType(),
          field.primitive(), nullable, column != null && column.unique(),
          column == null ? 0 : column.length(), column != null && column.index(), id,
          id && field.generatedValue() != null, field.access(), null));
    }
    return columns;
  }

  /**
   * Resolves the {@code @ForeignKey} of each column against the schema's entities; reports
   * keys to classes outside it, missing or unreferenceable columns and type mismatches.
   */
  List<Column> linkForeignKeys(String owner, String table, List<FieldDecl> fields,
      List<Column> columns, Map<String, Entity> entities, Set<String> invalid, String schema) {
    List<Column> linked = new ArrayList<>();
    for (Column column : columns) {
      FieldDecl field = fields.stream().filter(f -> f.name().equals(column.field())).findFirst()
          .orElseThrow();
      ForeignKey key = field.foreignKey() == null ? null
          : resolve(owner + "." + field.name(), table, field, column, entities, invalid, schema);
      linked.add(key == null ? column : column.withForeignKey(key));
    }
    return linked;
  }

  private ForeignKey resolve(String described, String table, FieldDecl field, Column column,
      Map<String, Entity> entities, Set<String> invalid, String schema) {
    ForeignKeyDecl key = field.foreignKey();
    AnnotationMirror mirror = key.mirror();
    String targetName = key.target();
    Entity target = entities.get(targetName);
    if (target == null) {
      if (!invalid.contains(targetName)) {
        String simple = key.targetSimpleName();
        if (key.targetIsEntity()) {
          reporter.report(Diagnostic.FK_TARGET_NOT_IN_SCHEMA,
              Position.of(field.element(), mirror, "entity"), described, simple, schema, simple);
        } else {
          reporter.report(Diagnostic.FK_TARGET_NOT_ENTITY,
              Position.of(field.element(), mirror, "entity"), described, simple);
        }
      }
      return null;
    }
    String wanted = key.column();
    Column named = wanted.isEmpty() ? null : find(target, wanted);
    if (target.hasCompositeKey() && (wanted.isEmpty()
        || named != null && named.id() && !target.isReferenceable(named))) {
      List<String> ids = target.ids().stream().map(Column::field).toList();
      reporter.report(Diagnostic.COMPOSITE_ID_REFERENCED, Position.of(field.element(), mirror),
          described, target.simpleName(), ids, target.simpleName(),
          String.join("\", \"", ids));
      return null;
    }
    Column referenced = wanted.isEmpty() ? target.id() : named;
    if (referenced == null) {
      reporter.report(Diagnostic.FK_MISSING_COLUMN, Position.of(field.element(), mirror, "column"),
          described, wanted, target.simpleName(),
          target.columns().stream().map(Column::field).toList());
      return null;
    }
    if (!compatible(column, referenced)) {
      reporter.report(Diagnostic.FK_TYPE_MISMATCH, Position.of(field.element()), described,
          Naming.simpleName(column.javaType()), target.simpleName(), referenced.field(),
          Naming.simpleName(referenced.javaType()));
      return null;
    }
    if (!target.isReferenceable(referenced)) {
      reporter.report(Diagnostic.FK_NOT_REFERENCEABLE, Position.of(field.element(), mirror,
          "column"), described, target.simpleName(), referenced.field());
      return null;
    }
    String name = key.name();
    String problem = Identifiers.problem(name);
    if (problem != null) {
      reporter.report(Diagnostic.BAD_IDENTIFIER, Position.of(field.element(), mirror, "name"),
          "constraint", described, problem);
      return null;
    }
    return new ForeignKey(targetName, referenced.field(),
        key.onDelete(), key.onUpdate(), key.constraint(),
        name.isEmpty() ? Naming.fitIdentifier("fk_" + table + "_" + column.name()) : name,
        true);
  }

  /** A column of an entity by field name, or else by column name. */
  static Column find(Entity entity, String name) {
    Column byField = entity.column(name);
    if (byField != null) {
      return byField;
    }
    return entity.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
  }

  /** Whether a foreign-key column can hold the referenced column's values. */
  static boolean compatible(Column column, Column referenced) {
    return column.kind() == referenced.kind()
        && (column.kind() != ValueKind.ENUM || column.javaType().equals(referenced.javaType()));
  }
}
