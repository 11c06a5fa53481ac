package dev.sluice.runtime.internal.sql;

import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.EntityType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Small SQL fragments built from the metamodel: select lists, key conditions, IN lists. */
public final class Sql {
  private Sql() {}

  /**
   * The primary key of a result row whose key columns start at {@code position} (1-based), in
   * the order of {@code type.idColumns()}, shaped as {@code EntityType.id} shapes it.
   */
  public static Object readKey(Dialect dialect, ResultSet rs, int position, EntityType<?> type)
      throws SQLException {
    List<Column> ids = type.idColumns();
    if (ids.size() == 1) {
      return dialect.read(rs, position, ids.get(0));
    }
    Object[] values = new Object[type.columns().size()];
    for (int i = 0; i < ids.size(); i++) {
      values[ids.get(i).index()] = dialect.read(rs, position + i, ids.get(i));
    }
    return EntityModel.of(type).key(values);
  }

  /** {@code a."c1", a."c2"}: every column of a type under an alias. */
  public static String columns(EntityType<?> type, String alias) {
    StringBuilder sql = new StringBuilder();
    for (Column column : type.columns()) {
      sql.append(sql.length() == 0 ? "" : ", ").append(alias).append('.')
          .append(column.quotedName());
    }
    return sql.toString();
  }

  /**
   * A condition matching any of {@code keyCount} keys over {@code columns}, with positional
   * parameters: {@code a."x" IN (?, ?)} for one column, OR-ed AND groups for several.
   */
  public static String anyKey(List<String> columns, int keyCount) {
    StringBuilder sql = new StringBuilder();
    if (columns.size() == 1) {
      sql.append(columns.get(0)).append(" IN (");
      for (int i = 0; i < keyCount; i++) {
        sql.append(i == 0 ? "?" : ", ?");
      }
      return sql.append(')').toString();
    }
    sql.append('(');
    for (int k = 0; k < keyCount; k++) {
      sql.append(k == 0 ? "(" : " OR (");
      for (int c = 0; c < columns.size(); c++) {
        sql.append(c == 0 ? "" : " AND ").append(columns.get(c)).append(" = ?");
      }
      sql.append(')');
    }
    return sql.append(')').toString();
  }
}
