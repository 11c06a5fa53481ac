package dev.sluice.runtime;

import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.EntityType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps rows to new, unattached entity instances by column label, for plain Jdbi queries
 * outside a session. The generated {@code X_.rowMapper(dialect)} returns one.
 */
public class EntityRowMapper<T> implements RowMapper<T> {
  private final EntityType<T> type;
  private final Dialect dialect;

  /** For the generated {@code X_.rowMapper(dialect)} only. */
  protected EntityRowMapper(EntityType<T> type, Dialect dialect) {
    this.type = type;
    this.dialect = dialect;
  }

  @Override
  public T map(ResultSet rs, StatementContext ctx) throws SQLException {
    List<Column> columns = type.columns();
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = dialect.read(rs, rs.findColumn(columns.get(i).name()), columns.get(i));
    }
    T entity = type.newInstance();
    type.restore(entity, values);
    return entity;
  }
}
