package dev.sluice.runtime.internal.sql;

import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.meta.ColumnType;
import dev.sluice.runtime.meta.EntityType;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One bound value, converted by the dialect; its {@code toString} is what an SQL echo prints.
 */
public final class ValueArgument implements Argument {
  private final Dialect dialect;
  private final Object value;
  private final ColumnType type;

  ValueArgument(Dialect dialect, Object value, ColumnType type) {
    dialect.requireStorable(value, type);
    this.dialect = dialect;
    this.value = value;
    this.type = type;
  }

  /** A value of a column of known type. */
  public static ValueArgument of(Dialect dialect, Object value, ColumnType type) {
    return new ValueArgument(dialect, value, type);
  }

  /** The parameters of one primary key: one per key column, as {@code type.keyEquals} asks. */
  public static List<ValueArgument> ofKey(Dialect dialect, EntityType<?> type, Object key) {
    Object[] values = EntityModel.of(type).keyValues(key);
    List<ValueArgument> arguments = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      arguments.add(of(dialect, values[i], type.idColumns().get(i).type()));
    }
    return arguments;
  }

  /** Keys bound as one SQL array of {@code elementType} (PostgreSQL's {@code = ANY(?)}). */
  static Argument ofArray(List<Object> keys, String elementType) {
    return new Argument() {
      @Override
      public void apply(int position, PreparedStatement statement, StatementContext ctx)
          throws SQLException {
        statement.setArray(position, statement.getConnection().createArrayOf(elementType,
            keys.toArray()));
      }

      @Override
      public String toString() {
        return "ARRAY" + (keys.size() <= 10 ? keys.toString()
            : keys.subList(0, 10).toString().replace("]", ", … (" + keys.size() + " keys)]"));
      }
    };
  }

  /** A user-supplied query parameter, typed by its Java class. */
  public static ValueArgument ofParameter(Dialect dialect, String name, Object value) {
    return new ValueArgument(dialect, value, value == null ? null : typeOf(name, value));
  }

  @Override
  public void apply(int position, PreparedStatement statement, StatementContext ctx)
      throws SQLException {
    if (type == null) {
      statement.setNull(position, Types.NULL);
    } else {
      dialect.bind(statement, position, value, type);
    }
  }

  public static ColumnType typeOf(String name, Object value) {
    if (value instanceof Boolean) {
      return ColumnType.BOOLEAN;
    } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ColumnType.INTEGER;
    } else if (value instanceof Long) {
      return ColumnType.LONG;
    } else if (value instanceof Double || value instanceof Float) {
      return ColumnType.DOUBLE;
    } else if (value instanceof BigDecimal) {
      return ColumnType.DECIMAL;
    } else if (value instanceof String) {
      return ColumnType.STRING;
    } else if (value instanceof byte[]) {
      return ColumnType.BYTES;
    } else if (value instanceof UUID) {
      return ColumnType.UUID;
    } else if (value instanceof LocalDate) {
      return ColumnType.DATE;
    } else if (value instanceof LocalDateTime) {
      return ColumnType.DATE_TIME;
    } else if (value instanceof Instant) {
      return ColumnType.INSTANT;
    } else if (value instanceof OffsetDateTime) {
      return ColumnType.OFFSET_DATE_TIME;
    } else if (value instanceof Enum) {
      return ColumnType.ENUM;
    }
    throw new InvalidRequestException("Parameter :" + name + " is a " + value.getClass().getName()
        + "; bind a column value type (boolean, int, long, double, BigDecimal, String, byte[],"
        + " UUID, LocalDate, LocalDateTime, Instant, OffsetDateTime or an enum)");
  }

  @Override
  public String toString() {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof byte[]) {
      return "<" + ((byte[]) value).length + " bytes>";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    String text = value instanceof Enum ? ((Enum<?>) value).name() : value.toString();
    return "'" + text.replace("'", "''") + "'";
  }
}
