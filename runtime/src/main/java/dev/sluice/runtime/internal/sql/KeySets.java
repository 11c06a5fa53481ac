package dev.sluice.runtime.internal.sql;

import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.support.KeyList;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.argument.Argument;

/**
 * Statements over a set of keys ({@code … IN ({keys})}): one with an array of every key where
 * the dialect has arrays, else one per chunk of parameters; with {@code exact}, each must
 * touch exactly one row per key.
 */
public final class KeySets {
  /** Keys per statement when they go as a list of parameters (SQLite allows 32,766). */
  static final int CHUNK = 1000;

  private KeySets() {}

  /**
   * The statements over {@code keys} of {@code keyColumns}: single values for one column, the
   * lists {@code EntityType.id} makes for a composite key.
   */
  public static List<StatementRunner.Stmt> statements(Dialect dialect, String entity,
      String operation, String sql, List<Object> keys, List<Column> keyColumns, boolean exact) {
    String arrayType = arrayType(dialect, keyColumns);
    List<StatementRunner.Stmt> statements = new ArrayList<>();
    for (List<Object> chunk : chunks(keys, arrayType)) {
      statements.add(new StatementRunner.Stmt(entity, operation,
          KeyList.render(sql, chunk.size(), keyColumns.size(), arrayType != null),
          arguments(dialect, chunk, keyColumns, arrayType, KeyList.occurrences(sql)),
          exact ? chunk.size() : -1));
    }
    return statements;
  }

  /** The array element type keys of these columns go in, or {@code null}: not composite ones. */
  public static String arrayType(Dialect dialect, List<Column> keyColumns) {
    return keyColumns.size() == 1 ? dialect.arrayElementType(keyColumns.get(0).type()) : null;
  }

  /** The keys per statement: all in one array where there is an array type, else chunks. */
  public static List<List<Object>> chunks(List<Object> keys, String arrayType) {
    int chunkSize = arrayType != null ? Math.max(1, keys.size()) : CHUNK;
    List<List<Object>> chunks = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += chunkSize) {
      chunks.add(keys.subList(from, Math.min(keys.size(), from + chunkSize)));
    }
    return chunks;
  }

  /**
   * The parameters of one chunk, repeated for each place the keys appear in the SQL; a single
   * key is always a plain parameter, as {@link KeyList#render} writes it as {@code = ?}, and a
   * composite key one parameter per column.
   */
  public static List<Argument> arguments(Dialect dialect, List<Object> chunk,
      List<Column> keyColumns, String arrayType, int occurrences) {
    List<Argument> arguments = new ArrayList<>();
    for (int n = 0; n < occurrences; n++) {
      if (arrayType != null && chunk.size() > 1) {
        arguments.add(ValueArgument.ofArray(chunk, arrayType));
      } else if (keyColumns.size() == 1) {
        chunk.forEach(k -> arguments.add(ValueArgument.of(dialect, k, keyColumns.get(0).type())));
      } else {
        for (Object key : chunk) {
          List<?> parts = (List<?>) key;
          for (int i = 0; i < keyColumns.size(); i++) {
            arguments.add(ValueArgument.of(dialect, parts.get(i), keyColumns.get(i).type()));
          }
        }
      }
    }
    return arguments;
  }
}
