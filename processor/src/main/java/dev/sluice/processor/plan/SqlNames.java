package dev.sluice.processor.plan;

import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Entity;
import java.util.List;
import java.util.stream.Collectors;

/** Identifier quoting: every identifier is quoted, so it keeps the case it was declared in. */
public final class SqlNames {
  private SqlNames() {}

  public static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /**
   * An entity's primary key as the left side of a comparison: its quoted column, or the row
   * value {@code ("a", "b")} of a composite key.
   */
  public static String key(Entity entity) {
    List<Column> ids = entity.ids();
    String columns = quoteAll(ids.stream().map(Column::name).toList());
    return ids.size() == 1 ? columns : "(" + columns + ")";
  }

  public static String quoteAll(List<String> identifiers) {
    return identifiers.stream().map(SqlNames::quote).collect(Collectors.joining(", "));
  }
}
