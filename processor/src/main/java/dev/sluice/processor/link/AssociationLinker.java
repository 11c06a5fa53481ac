package dev.sluice.processor.link;

import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Position;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.model.Association;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.CompositeForeignKey;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.parse.EntityDecl;
import dev.sluice.processor.parse.EntityParser;
import dev.sluice.processor.parse.FieldDecl;
import dev.sluice.processor.parse.UniqueDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/** Reads the {@code @AssociationTable} classes that relationships name as {@code secondary}. */
final class AssociationLinker {
  private final EntityParser parser;
  private final ColumnLinker columns;
  private final CompositeKeyLinker compositeKeys;
  private final Reporter reporter;
  private final Map<String, Association> linked = new HashMap<>();

  AssociationLinker(EntityParser parser, ColumnLinker columns, Reporter reporter) {
    this.parser = parser;
    this.columns = columns;
    this.compositeKeys = new CompositeKeyLinker(reporter);
    this.reporter = reporter;
  }

  /** The association table, or {@code null} after reporting why it cannot be one. */
  Association link(TypeElement type, Position where, String relation,
      Map<String, Entity> entities, Set<String> invalid, String schema) {
    String name = type.getQualifiedName().toString();
    if (linked.containsKey(name)) {
      return linked.get(name);
    }
    EntityDecl decl = parser.parse(type);
    Association association = null;
    if (decl.association() == null) {
      String simple = type.getSimpleName().toString();
      reporter.report(Diagnostic.SECONDARY_NOT_ASSOCIATION, where, relation, simple, simple);
    } else if (!decl.uniques().isEmpty()) {
      // the association DDL is its key columns alone: a constraint would be dropped silently
      UniqueDecl unique = decl.uniques().get(0);
      reporter.report(Diagnostic.UNIQUE_ON_ASSOCIATION,
          Position.of(unique.declaredOn(), unique.mirror()), decl.simpleName());
    } else if (allColumns(decl) && ownKeysValid(decl)) {
      List<Column> raw = new ArrayList<>();
      for (Column column : columns.columns(decl.fields())) {
        raw.add(new Column(column.element(), column.field(), column.name(), column.kind(),
            column.javaType(), column.primitive(), false, false, column.length(), false, false,
            false, column.access(), null));
      }
      int errors = reporter.errorCount();
      List<Column> keyed = columns.linkForeignKeys(decl.simpleName(), decl.table(),
          decl.fields(), raw, entities, invalid, schema);
      String clash = tableOwner(decl.table(), entities);
      if (clash != null) {
        reporter.report(Diagnostic.DUPLICATE_TABLE, Position.of(type), clash, decl.simpleName(),
            decl.table(), schema);
      } else if (reporter.errorCount() == errors) {
        // its keys over several columns are linked as an entity's would be, against its columns
        Entity asEntity = new Entity(type, name, "", decl.simpleName(), decl.table(), keyed,
            List.of(), List.of(), List.of(), null);
        List<CompositeForeignKey> keys = compositeKeys.link(asEntity,
            decl.foreignKeyConstraints(), entities, invalid, schema);
        if (reporter.errorCount() == errors) {
          association = new Association(type, name, decl.simpleName(), decl.table(), keyed,
              keys);
        }
      }
    }
    linked.put(name, association);
    return association;
  }

  /**
   * The entity or association table already mapping {@code table} (in any case: SQLite takes
   * names that differ only in case for one), or {@code null}.
   */
  private String tableOwner(String table, Map<String, Entity> entities) {
    for (Entity entity : entities.values()) {
      if (entity.table().equalsIgnoreCase(table)) {
        return entity.simpleName();
      }
    }
    for (Association other : linked.values()) {
      if (other != null && other.table().equalsIgnoreCase(table)) {
        return other.simpleName();
      }
    }
    return null;
  }

  List<Association> all() {
    return linked.values().stream().filter(a -> a != null)
        .sorted((a, b) -> a.table().compareTo(b.table())).toList();
  }

  /** Whether its {@code @ForeignKeyConstraint}s name its own columns rightly (else reported). */
  private boolean ownKeysValid(EntityDecl decl) {
    int errors = reporter.errorCount();
    new CompositeKeyRules(reporter).check(decl);
    return reporter.errorCount() == errors;
  }

  private boolean allColumns(EntityDecl decl) {
    boolean ok = true;
    for (FieldDecl field : decl.fields()) {
      if (field.role() != FieldDecl.Role.COLUMN) {
        reporter.report(Diagnostic.UNSUPPORTED_TYPE, Position.of(field.element()),
            decl.simpleName() + "." + field.name(), field.element().asType());
        ok = false;
      }
    }
    return ok;
  }
}
