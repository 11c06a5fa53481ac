package dev.sluice.runtime.support;

/**
 * Renders the {@code IN ({keys})} of planned SQL for a number of keys: one key as
 * {@code = ?}, several as that many parameters or, where the dialect has arrays, as one array
 * parameter ({@code = ANY(?)}). A composite key compares row values: one as {@code = (?, ?)},
 * several as {@code IN (VALUES (?, ?), (?, ?))}, since SQLite accepts a list of row values
 * only from a subquery.
 */
public final class KeyList {
  /** Where planned SQL puts a set of keys, always as {@code IN ({keys})}. */
  public static final String KEYS = "{keys}";

  private static final String IN_KEYS = "IN (" + KEYS + ")";

  private KeyList() {}

  /**
   * {@code sql} for {@code keyCount} keys: as one {@code = ?}, as that many parameters, or
   * with {@code array} as one array parameter.
   */
  public static String render(String sql, int keyCount, boolean array) {
    return render(sql, keyCount, 1, array);
  }

  /**
   * {@code sql} for {@code keyCount} keys of {@code width} columns each; {@code array} applies
   * to single-column keys only.
   */
  public static String render(String sql, int keyCount, int width, boolean array) {
    if (width > 1) {
      String row = "(" + "?, ".repeat(width - 1) + "?)";
      if (keyCount == 1) {
        return sql.replace(IN_KEYS, "= " + row).replace(KEYS, "VALUES " + row);
      }
      StringBuilder rows = new StringBuilder("VALUES ");
      for (int i = 0; i < keyCount; i++) {
        rows.append(i == 0 ? row : ", " + row);
      }
      return sql.replace(KEYS, rows);
    }
    if (keyCount == 1) {
      return sql.replace(IN_KEYS, "= ?").replace(KEYS, "?");
    }
    if (array) {
      return sql.replace(IN_KEYS, "= ANY(?)");
    }
    StringBuilder marks = new StringBuilder();
    for (int i = 0; i < keyCount; i++) {
      marks.append(i == 0 ? "?" : ", ?");
    }
    return sql.replace(KEYS, marks);
  }

  /** How many times the keys appear in the SQL (each needs its own parameters). */
  public static int occurrences(String sql) {
    int count = 0;
    for (int i = sql.indexOf(KEYS); i >= 0; i = sql.indexOf(KEYS, i + 1)) {
      count++;
    }
    return count;
  }
}
