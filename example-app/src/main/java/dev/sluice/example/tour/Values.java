package dev.sluice.example.tour;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the tour writes values: as SQL literals in the echo, plainly in tables and results. */
public final class Values {
  private Values() {}

  /** A parameter as an SQL literal: {@code NULL}, {@code 42}, {@code 'ann'}. */
  public static String sql(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof byte[] bytes) {
      return "<" + bytes.length + " bytes>";
    }
    return "'" + plain(value).replace("'", "''") + "'";
  }

  /** A cell of a result table: numbers and text as they are, {@code NULL} for SQL NULL. */
  public static String cell(Object value) {
    return value == null ? "NULL" : plain(value);
  }

  /** A Java value as a tour step shows it: {@code null}, a list in brackets, an object's text. */
  public static String java(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(v -> "Optional[" + java(v) + "]").orElse("Optional.empty");
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().map(Values::java).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof String text) {
      return '"' + text + '"';
    }
    return value.toString();
  }

  private static String plain(Object value) {
    // PostgreSQL hands back TIMESTAMP columns as java.sql.Timestamp; show them as ISO-8601.
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toString();
    }
    return value.toString();
  }
}
