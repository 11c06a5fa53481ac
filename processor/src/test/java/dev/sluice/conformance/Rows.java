package dev.sluice.conformance;

import dev.sluice.it.support.TestDatabase;
import java.util.List;

/** Reads rows the same way on every database (SQLite returns small integers as Integer). */
public final class Rows {
  private Rows() {}

  /** The first column of a query as longs ({@code null} kept). */
  public static List<Long> longs(TestDatabase db, String sql) {
    return db.column(sql).stream()
        .map(v -> v == null ? null : ((Number) v).longValue())
        .collect(java.util.stream.Collectors.toList());
  }

  /** The first column of a query as strings ({@code null} kept). */
  public static List<String> strings(TestDatabase db, String sql) {
    return db.column(sql).stream()
        .map(v -> v == null ? null : v.toString())
        .collect(java.util.stream.Collectors.toList());
  }
}
