package dev.sluice.example.tour;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The rows of one table at one moment, read outside any session, sorted by their columns from
 * the left, so that what the tour prints and what tests assert does not depend on the database.
 */
public record TableRows(String table, List<String> columns, List<List<Object>> rows) {
  /** Reads every row of a table. */
  public static TableRows read(Handle handle, String table) {
    List<String> columns = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    String sql = "SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"";
    handle.createQuery(sql).scanResultSet((supplier, context) -> {
      var rs = supplier.get();
      var meta = rs.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnLabel(i));
      }
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
          row.add(normalize(rs.getObject(i)));
        }
        rows.add(row);
      }
      return null;
    });
    rows.sort(ROW_ORDER);
    return new TableRows(table, List.copyOf(columns), List.copyOf(rows));
  }

  /** Each row as its cells joined by {@code " | "}, as in the printed table: "1 | ann | NULL". */
  public List<String> lines() {
    return rows.stream()
        .map(row -> row.stream().map(Values::cell).collect(Collectors.joining(" | ")))
        .toList();
  }

  /** The values of one column, row by row. */
  public List<Object> column(String name) {
    int index = columns.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException(table + " has no column " + name + ": " + columns);
    }
    return rows.stream().map(row -> row.get(index)).toList();
  }

  /** SQLite hands back small integers as Integer, PostgreSQL BIGINT as Long: use Long for both. */
  private static Object normalize(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    return value instanceof java.sql.Timestamp ? Values.cell(value) : value;
  }

  private static final Comparator<List<Object>> ROW_ORDER = (a, b) -> {
    for (int i = 0; i < a.size(); i++) {
      int order = compare(a.get(i), b.get(i));
      if (order != 0) {
        return order;
      }
    }
    return 0;
  };

  private static int compare(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return Double.compare(x.doubleValue(), y.doubleValue());
    }
    return Values.cell(a).compareTo(Values.cell(b));
  }
}
