package dev.sluice.processor.plan;

import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Entity;
import java.util.List;

/** The SQL of an entity's INSERT, UPDATE and DELETE by primary key. */
final class StatementPlanner {
  private StatementPlanner() {}

  static String insert(Entity entity, boolean withoutId) {
    // every column of a hierarchy's table: a sibling's stay NULL, bound from the snapshot
    List<Column> columns = entity.tableColumns().stream()
        .filter(c -> !(withoutId && c.id())).toList();
    if (columns.isEmpty()) {
      return "INSERT INTO " + SqlNames.quote(entity.table()) + " DEFAULT VALUES";
    }
    String marks = String.join(", ", columns.stream().map(c -> "?").toList());
    return "INSERT INTO " + SqlNames.quote(entity.table()) + " ("
        + SqlNames.quoteAll(columns.stream().map(Column::name).toList()) + ") VALUES ("
        + marks + ")";
  }

  static String updatePrefix(Entity entity) {
    return "UPDATE " + SqlNames.quote(entity.table()) + " SET ";
  }

  static String byId(Entity entity) {
    return " WHERE " + SqlNames.quote(entity.id().name()) + " = ?";
  }

  /** DELETE of a set of rows by id; the runtime puts the keys in {@code {keys}}. */
  static String delete(Entity entity) {
    return "DELETE FROM " + SqlNames.quote(entity.table()) + " WHERE "
        + SqlNames.quote(entity.id().name()) + " IN (" + SetDeletePlanner.KEYS + ")";
  }
}
