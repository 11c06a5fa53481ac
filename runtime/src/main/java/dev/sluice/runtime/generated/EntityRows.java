package dev.sluice.runtime.generated;

import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.EntityRowMapper;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.EntityType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.statement.StatementContext;

/** The row mapper the generated {@code X_.rowMapper(dialect)} returns. Not API. */
public final class EntityRows<T> extends EntityRowMapper<T> {
  private final EntityModel<T> type;
  private final Dialect dialect;

  /** Maps rows of {@code type}'s table, reading values as {@code dialect} stores them. */
  public EntityRows(EntityType<T> type, Dialect dialect) {
    this.type = EntityModel.of(type);
    this.dialect = dialect;
  }

  @Override
  public T map(ResultSet rs, StatementContext ctx) throws SQLException {
    List<Column> columns = type.columns();
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = dialect.read(rs, rs.findColumn(columns.get(i).name()), columns.get(i));
    }
    // in a hierarchy the row's discriminator names the class to build
    return type.javaType().cast(build(type.rowType(values), values));
  }

  private static <R> R build(EntityModel<R> model, Object[] values) {
    R entity = model.newInstance();
    model.restore(entity, values);
    return entity;
  }
}
