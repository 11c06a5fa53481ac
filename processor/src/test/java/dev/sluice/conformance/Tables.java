package dev.sluice.conformance;

import dev.sluice.it.support.TestDatabase;
import java.util.List;

/** Row counts and column values read outside any session, as the ported tests check them. */
public final class Tables {
  private Tables() {}

  /** The number of rows of a table. */
  public static long count(TestDatabase db, String table) {
    return db.number("SELECT COUNT(*) FROM \"" + table + "\"");
  }

  /** One column of a table, ordered by another. */
  public static List<Object> column(TestDatabase db, String table, String column, String order) {
    return db.column("SELECT \"" + column + "\" FROM \"" + table + "\" ORDER BY \"" + order + "\"");
  }
}
