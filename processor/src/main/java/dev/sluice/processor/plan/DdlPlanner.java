package dev.sluice.processor.plan;

import dev.sluice.annotations.Action;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.model.Association;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.CompositeForeignKey;
import dev.sluice.processor.model.DependencyGraph;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.ForeignKey;
import dev.sluice.processor.model.HierarchyTable;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The DDL of every table for each dialect. Foreign keys (of one column or several) are declared
 * inline, except on PostgreSQL where one references a table created later (a cycle closed by a
 * post-update): that one is added by ALTER TABLE once both tables exist. Logical keys declare
 * nothing. Every foreign-key column that is not already unique, and every multi-column key,
 * gets an index, since cascades and relationship loads look rows up by it.
 */
final class DdlPlanner {
  private final Schema schema;
  private final DependencyGraph graph;
  private final Set<String> indexNames = new HashSet<>();

  DdlPlanner(Schema schema, DependencyGraph graph) {
    this.schema = schema;
    this.graph = graph;
  }

  /** The table of a plain entity or of a hierarchy's root (with the columns kept there). */
  TablePlan entityTable(Entity entity, Set<String> createdBefore) {
    HierarchyTable base = entity.hierarchy() == null ? null
        : entity.hierarchy().tables().get(0);
    List<Column> columns = base == null ? entity.tableColumns()
        : entity.tableColumns().stream().filter(base::holds).toList();
    return table(entity, entity.table(), null, columns, createdBefore);
  }

  /**
   * The tables of a hierarchy's joined subclasses, each after its superclass's: a key column
   * referencing the superclass's table (unless the key is logical), then its own columns.
   */
  List<TablePlan> joinedTables(Entity root, Set<String> createdBefore) {
    List<TablePlan> tables = new ArrayList<>();
    for (HierarchyTable table : root.hierarchy().tables()) {
      if (!table.isRoot()) {
        tables.add(table(schema.entity(table.owner()), table.name(), table, table.columns(),
            createdBefore));
      }
    }
    return tables;
  }

  /**
   * One table: {@code key} is the joined table's entry when it is one (its key column comes
   * first), and {@code owner} the class that maps it, whose constraints it declares.
   */
  private TablePlan table(Entity owner, String table, HierarchyTable key, List<Column> columns,
      Set<String> createdBefore) {
    Map<SqlDialect, String> create = new EnumMap<>(SqlDialect.class);
    Map<SqlDialect, List<String>> add = new EnumMap<>(SqlDialect.class);
    Map<SqlDialect, List<String>> drop = new EnumMap<>(SqlDialect.class);
    List<String> indexes = new ArrayList<>();
    List<String> clear = new ArrayList<>();
    List<Entity> members = tableEntities(owner, table);
    for (SqlDialect dialect : SqlDialect.values()) {
      List<String> parts = new ArrayList<>();
      if (key != null) {
        parts.add(SqlNames.quote(key.keyColumn()) + " " + dialect.columnType(owner.id())
            + " PRIMARY KEY");
      }
      for (Column column : columns) {
        parts.add(columnDefinition(dialect, column, owner.hasCompositeKey()));
      }
      if (key == null && owner.hasCompositeKey()) {
        parts.add("PRIMARY KEY (" + SqlNames.quoteAll(owner.ids().stream().map(Column::name)
            .toList()) + ")");
      }
      for (Entity member : members) {
        for (UniqueKey unique : member.uniqueKeys()) {
          parts.add("UNIQUE (" + SqlNames.quoteAll(unique.fields().stream()
              .map(field -> member.column(field).name()).toList()) + ")");
        }
      }
      if (key != null && key.keyConstraint()) {
        // its superclass's table is made just before; a row deleted there outside the ORM
        // (a passive delete's ON DELETE) takes this part of the object with it
        parts.add("CONSTRAINT " + SqlNames.quote(Naming.fitIdentifier("fk_" + table + "_"
            + key.keyColumn())) + " FOREIGN KEY (" + SqlNames.quote(key.keyColumn())
            + ") REFERENCES " + SqlNames.quote(key.parentTable()) + " ("
            + SqlNames.quote(keyColumnOf(owner, key.parentTable())) + ") ON DELETE CASCADE");
      }
      List<Reference> references = new ArrayList<>();
      for (Column column : columns) {
        ForeignKey fk = column.foreignKey();
        if (fk != null && fk.constraint()) {
          references.add(Reference.of(column));
        }
      }
      for (Entity member : members) {
        for (CompositeForeignKey composite : member.compositeKeys()) {
          references.add(new Reference(composite.constraintName(),
              columnNames(member, composite.fields()), composite.referencedEntity(),
              composite.referencedFields(), composite.onDelete(), composite.onUpdate()));
        }
      }
      for (Reference reference : references) {
        String constraint = constraint(reference);
        boolean laterTable = !createdBefore.contains(reference.entity())
            && !reference.entity().equals(owner.qualifiedName());
        if (dialect == SqlDialect.POSTGRESQL && laterTable) {
          add.computeIfAbsent(dialect, d -> new ArrayList<>()).add("ALTER TABLE "
              + SqlNames.quote(table) + " ADD " + constraint);
          drop.computeIfAbsent(dialect, d -> new ArrayList<>()).add("ALTER TABLE "
              + SqlNames.quote(table) + " DROP CONSTRAINT "
              + SqlNames.quote(reference.name()));
        } else {
          parts.add(constraint);
        }
      }
      create.put(dialect, createTable(table, parts));
    }
    for (Column column : columns) {
      // the primary key's index serves lookups by its first column only
      boolean leadsKey = column.id() && owner.ids().get(0).element() == column.element();
      if (column.indexed() || (column.foreignKey() != null && !column.unique() && !leadsKey)) {
        indexes.add(index(table, List.of(column.name())));
      }
      if (graph.isPostUpdate(owner.qualifiedName(), column.field())) {
        clear.add("UPDATE " + SqlNames.quote(table) + " SET "
            + SqlNames.quote(column.name()) + " = NULL");
      }
    }
    for (Entity member : members) {
      for (CompositeForeignKey composite : member.compositeKeys()) {
        indexes.add(index(table, columnNames(member, composite.fields())));
      }
    }
    return new TablePlan(table, create, indexes, add, drop, clear);
  }

  /** The key column of a table of {@code member}'s hierarchy: a joined table's, or the id. */
  private static String keyColumnOf(Entity member, String table) {
    for (HierarchyTable own : member.hierarchy().tables()) {
      if (own.name().equals(table)) {
        return own.keyColumn();
      }
    }
    return member.id().name();
  }

  /** A foreign-key constraint of one column or several, by column names. */
  private record Reference(String name, List<String> columns, String entity,
      List<String> referencedFields, Action onDelete, Action onUpdate) {

    /** The constraint of a column's own {@code @ForeignKey}. */
    static Reference of(Column column) {
      ForeignKey fk = column.foreignKey();
      return new Reference(fk.constraintName(), List.of(column.name()), fk.referencedEntity(),
          List.of(fk.referencedField()), fk.onDelete(), fk.onUpdate());
    }
  }

  private static List<String> associationColumns(Association association, List<String> fields) {
    return fields.stream().map(field -> association.column(field).name()).toList();
  }

  private static List<String> columnNames(Entity entity, List<String> fields) {
    return fields.stream().map(field -> entity.column(field).name()).toList();
  }

  /** The classes whose constraints a table declares: those that map it (and share it). */
  private List<Entity> tableEntities(Entity entity, String table) {
    if (entity.hierarchy() == null) {
      return List.of(entity);
    }
    return schema.entities().stream().filter(member -> member.hierarchy() != null
        && member.hierarchy().root().equals(entity.hierarchy().root())
        && member.table().equals(table)).toList();
  }

  TablePlan associationTable(Association association) {
    Map<SqlDialect, String> create = new EnumMap<>(SqlDialect.class);
    List<String> indexes = new ArrayList<>();
    for (SqlDialect dialect : SqlDialect.values()) {
      List<String> parts = new ArrayList<>();
      for (Column column : association.columns()) {
        parts.add(SqlNames.quote(column.name()) + " " + dialect.columnType(column) + " NOT NULL");
      }
      parts.add("PRIMARY KEY (" + SqlNames.quoteAll(association.columns().stream()
          .map(Column::name).toList()) + ")");
      for (Column column : association.columns()) {
        ForeignKey fk = column.foreignKey();
        if (fk != null && fk.constraint()) {
          parts.add(constraint(Reference.of(column)));
        }
      }
      for (CompositeForeignKey composite : association.compositeKeys()) {
        parts.add(constraint(new Reference(composite.constraintName(),
            associationColumns(association, composite.fields()), composite.referencedEntity(),
            composite.referencedFields(), composite.onDelete(), composite.onUpdate())));
      }
      create.put(dialect, createTable(association.table(), parts));
    }
    // The primary key indexes the first column; the others need their own for lookups.
    for (Column column : association.columns().subList(1, association.columns().size())) {
      indexes.add(index(association.table(), List.of(column.name())));
    }
    return new TablePlan(association.table(), create, indexes, Map.of(), Map.of(), List.of());
  }

  /** A column's definition; the columns of a composite key are NOT NULL, keyed by the table. */
  private String columnDefinition(SqlDialect dialect, Column column, boolean compositeKey) {
    String name = SqlNames.quote(column.name());
    if (column.id() && !compositeKey) {
      return name + " " + dialect.idDefinition(column);
    }
    boolean nullable = column.nullable() && !column.id();
    return name + " " + dialect.columnType(column) + (nullable ? "" : " NOT NULL")
        + (column.unique() ? " UNIQUE" : "");
  }

  private String constraint(Reference reference) {
    Entity referenced = schema.entity(reference.entity());
    String sql = "CONSTRAINT " + SqlNames.quote(reference.name()) + " FOREIGN KEY ("
        + SqlNames.quoteAll(reference.columns()) + ") REFERENCES "
        + SqlNames.quote(referenced.table()) + " ("
        + SqlNames.quoteAll(reference.referencedFields().stream().map(field -> referenced
            .column(field).id() && referenced.hierarchy() != null
                ? keyColumnOf(referenced, referenced.table())
                : referenced.column(field).name()).toList()) + ")";
    if (reference.onDelete() != Action.NO_ACTION) {
      sql += " ON DELETE " + actionSql(reference.onDelete());
    }
    if (reference.onUpdate() != Action.NO_ACTION) {
      sql += " ON UPDATE " + actionSql(reference.onUpdate());
    }
    return sql;
  }

  /** A referential action as SQL writes it: {@code SET_NULL} is {@code SET NULL}. */
  private static String actionSql(Action action) {
    return action.name().replace('_', ' ');
  }

  private static String createTable(String table, List<String> parts) {
    return "CREATE TABLE " + SqlNames.quote(table) + " (\n  " + String.join(",\n  ", parts)
        + "\n)";
  }

  /**
   * An index named {@code ix_<table>_<columns>}; index names share one namespace per schema, so
   * one that another index has taken ({@code ab.c_d} and {@code ab_c.d}, or names differing in
   * case) ends in a hash of its table and columns instead.
   */
  private String index(String table, List<String> columns) {
    String name = Naming.fitIdentifier("ix_" + table + "_" + String.join("_", columns));
    if (!indexNames.add(name.toLowerCase(Locale.ROOT))) {
      String identity = table + "\0" + String.join("\0", columns);
      name = Naming.fitIdentifier(name + String.format(Locale.ROOT, "_%08x",
          identity.hashCode()));
      indexNames.add(name.toLowerCase(Locale.ROOT));
    }
    return "CREATE INDEX " + SqlNames.quote(name) + " ON " + SqlNames.quote(table) + " ("
        + SqlNames.quoteAll(columns) + ")";
  }
}
