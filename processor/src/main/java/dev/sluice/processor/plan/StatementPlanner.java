package dev.sluice.processor.plan;

import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.HierarchyTable;
import java.util.ArrayList;
import java.util.List;

/** The SQL of an entity's INSERT, UPDATE and DELETE by primary key. */
final class StatementPlanner {
  private StatementPlanner() {}

  static String insert(Entity entity, boolean withoutId) {
    // every column of a hierarchy's table: a sibling's stay NULL, bound from the snapshot
    List<Column> columns = entity.baseColumns().stream()
        .filter(c -> !(withoutId && c.id())).toList();
    return insert(entity.baseTable(), columns.stream().map(Column::name).toList());
  }

  private static String insert(String table, List<String> columns) {
    if (columns.isEmpty()) {
      return "INSERT INTO " + SqlNames.quote(table) + " DEFAULT VALUES";
    }
    String marks = String.join(", ", columns.stream().map(c -> "?").toList());
    return "INSERT INTO " + SqlNames.quote(table) + " (" + SqlNames.quoteAll(columns)
        + ") VALUES (" + marks + ")";
  }

  static String updatePrefix(Entity entity) {
    return updatePrefix(entity.baseTable());
  }

  private static String updatePrefix(String table) {
    return "UPDATE " + SqlNames.quote(table) + " SET ";
  }

  static String byId(Entity entity) {
    return byKey(entity.ids().stream().map(Column::name).toList());
  }

  /** {@code WHERE "a" = ? AND "b" = ?} over the key's columns. */
  private static String byKey(List<String> columns) {
    return " WHERE " + String.join(" AND ", columns.stream()
        .map(column -> SqlNames.quote(column) + " = ?").toList());
  }

  /** DELETE of a set of rows by id; the runtime puts the keys in {@code {keys}}. */
  static String delete(Entity entity) {
    return delete(entity.baseTable(), SqlNames.key(entity));
  }

  /** {@code quotedKey} is a quoted column, or a row value of several. */
  private static String delete(String table, String quotedKey) {
    return "DELETE FROM " + SqlNames.quote(table) + " WHERE " + quotedKey + " IN ("
        + SetDeletePlanner.KEYS + ")";
  }

  /**
   * In a hierarchy with joined tables, the indices of the columns the base table holds (the
   * others are in joined tables, the entity's or a sibling's); else {@code null}: all of them.
   */
  static List<Integer> baseColumns(Entity entity) {
    if (entity.hierarchy() == null || !entity.hierarchy().isJoined()) {
      return null;
    }
    return entity.baseColumns().stream().map(entity::indexOf).toList();
  }

  /** The statements of each table below the entity's base table, in insert order. */
  static List<JoinedTablePlan> joinedTables(Entity entity) {
    List<JoinedTablePlan> plans = new ArrayList<>();
    for (HierarchyTable table : entity.joinedTables()) {
      List<String> names = new ArrayList<>(List.of(table.keyColumn()));
      List<Integer> columns = new ArrayList<>();
      for (Column column : table.columns()) {
        names.add(column.name());
        columns.add(entity.indexOf(column)); // a sibling's stays NULL
      }
      plans.add(new JoinedTablePlan(insert(table.name(), names), updatePrefix(table.name()),
          byKey(List.of(table.keyColumn())), table.passiveDeletes() ? null
              : delete(table.name(), SqlNames.quote(table.keyColumn())), columns));
    }
    return plans;
  }
}
