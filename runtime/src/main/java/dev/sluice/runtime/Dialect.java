package dev.sluice.runtime;

import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.ColumnType;
import dev.sluice.runtime.meta.DialectName;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/**
 * A database Sluice generates DDL for and knows how to exchange values with.
 *
 * <p>The set is closed because the DDL of each dialect is written at compile time.
 */
public enum Dialect implements DialectName {
  /** SQLite: date-times are stored as ISO-8601 text, UUIDs as text, booleans as 0/1. */
  SQLITE {
    @Override
    Object readValue(ResultSet rs, int index, ColumnType type) throws SQLException {
      switch (type) {
        case DECIMAL: {
          Object stored = rs.getObject(index);
          if (stored instanceof Double) {
            return ValueRules.sqliteDecimalOf((Double) stored);
          }
          if (stored instanceof Number) {
            return BigDecimal.valueOf(((Number) stored).longValue());
          }
          return stored == null ? null : new BigDecimal(stored.toString()); // older TEXT data
        }
        case UUID: {
          String text = rs.getString(index);
          return text == null ? null : UUID.fromString(text);
        }
        case DATE:
          return SqliteValues.parseDate(rs.getString(index));
        case DATE_TIME:
          return SqliteValues.parseDateTime(rs.getString(index));
        case INSTANT:
          return SqliteValues.parseInstant(rs.getString(index));
        case OFFSET_DATE_TIME:
          return SqliteValues.parseOffsetDateTime(rs.getString(index));
        default:
          return readPortable(rs, index, type);
      }
    }

    @Override
    void bindValue(PreparedStatement ps, int position, Object value, ColumnType type)
        throws SQLException {
      switch (type) {
        case DECIMAL: {
          // A number, so comparisons in SQL are numeric (ValueRules refused what it loses).
          Number number = ValueRules.sqliteDecimal((BigDecimal) value);
          if (number instanceof Long) {
            ps.setLong(position, (Long) number);
          } else {
            ps.setDouble(position, number.doubleValue());
          }
          break;
        }
        case UUID:
          ps.setString(position, value.toString());
          break;
        case DATE:
        case DATE_TIME:
        case INSTANT:
        case OFFSET_DATE_TIME:
          ps.setString(position, SqliteValues.format(value));
          break;
        default:
          bindPortable(ps, position, value, type);
      }
    }

    @Override
    int nullType(ColumnType type) {
      switch (type) {
        case BOOLEAN:
        case INTEGER:
        case LONG:
          return Types.BIGINT;
        case DOUBLE:
          return Types.DOUBLE;
        case BYTES:
          return Types.BLOB;
        default:
          return Types.VARCHAR;
      }
    }

    @Override
    public boolean batchesReturnGeneratedKeys() {
      return false;
    }

    @Override
    public String arrayElementType(ColumnType type) {
      return null;
    }

    @Override
    public boolean isIntegrityViolation(SQLException e) {
      // sqlite-jdbc reports SQLITE_CONSTRAINT (19) and its extended codes without an SQLState.
      return (e.getErrorCode() & 0xff) == 19
          || String.valueOf(e.getMessage()).contains("SQLITE_CONSTRAINT");
    }
  },

  /** PostgreSQL: native BOOLEAN, UUID, BYTEA, DATE, TIMESTAMP and TIMESTAMPTZ columns. */
  POSTGRESQL {
    @Override
    Object readValue(ResultSet rs, int index, ColumnType type) throws SQLException {
      switch (type) {
        case DECIMAL:
          return rs.getBigDecimal(index);
        case UUID:
          return rs.getObject(index, UUID.class);
        case DATE:
          return rs.getObject(index, LocalDate.class);
        case DATE_TIME:
          return rs.getObject(index, LocalDateTime.class);
        case INSTANT: {
          OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
          return value == null ? null : value.toInstant();
        }
        case OFFSET_DATE_TIME:
          return rs.getObject(index, OffsetDateTime.class);
        default:
          return readPortable(rs, index, type);
      }
    }

    @Override
    void bindValue(PreparedStatement ps, int position, Object value, ColumnType type)
        throws SQLException {
      switch (type) {
        case DECIMAL:
          ps.setBigDecimal(position, (BigDecimal) value);
          break;
        case UUID:
        case DATE:
          ps.setObject(position, value);
          break;
        // PostgreSQL keeps microseconds and would round the rest, even into year 10000:
        // truncate instead.
        case DATE_TIME:
          ps.setObject(position, ((LocalDateTime) value).truncatedTo(ChronoUnit.MICROS));
          break;
        case OFFSET_DATE_TIME:
          ps.setObject(position, ((OffsetDateTime) value).truncatedTo(ChronoUnit.MICROS));
          break;
        case INSTANT:
          ps.setObject(position, OffsetDateTime.ofInstant(
              ((Instant) value).truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
          break;
        default:
          bindPortable(ps, position, value, type);
      }
    }

    @Override
    int nullType(ColumnType type) {
      switch (type) {
        case BOOLEAN:
          return Types.BOOLEAN;
        case INTEGER:
          return Types.INTEGER;
        case LONG:
          return Types.BIGINT;
        case DOUBLE:
          return Types.DOUBLE;
        case DECIMAL:
          return Types.NUMERIC;
        case BYTES:
          return Types.BINARY;
        case UUID:
          return Types.OTHER;
        case DATE:
          return Types.DATE;
        case DATE_TIME:
          return Types.TIMESTAMP;
        case INSTANT:
        case OFFSET_DATE_TIME:
          return Types.TIMESTAMP_WITH_TIMEZONE;
        default:
          return Types.VARCHAR;
      }
    }

    @Override
    public boolean batchesReturnGeneratedKeys() {
      return true;
    }

    @Override
    public String arrayElementType(ColumnType type) {
      switch (type) {
        case INTEGER:
          return "integer";
        case LONG:
          return "bigint";
        case STRING:
          return "text";
        case UUID:
          return "uuid";
        default:
          return null;
      }
    }

    @Override
    public boolean isIntegrityViolation(SQLException e) {
      return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
  };

  /** The dialect of a JDBC URL such as {@code jdbc:sqlite:app.db} or {@code jdbc:postgresql://…}. */
  public static Dialect fromUrl(String jdbcUrl) {
    String url = String.valueOf(jdbcUrl).toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new InvalidRequestException("Sluice supports SQLite (jdbc:sqlite:…) and PostgreSQL"
        + " (jdbc:postgresql:…); cannot tell the dialect of '" + jdbcUrl + "'");
  }

  /**
   * Refuses a value this dialect would not give back unchanged from a column of {@code type}
   * (rounded, reordered or replaced), with an {@link InvalidRequestException} that says why
   * and what to store instead; {@code null} and every other value pass.
   */
  public void requireStorable(Object value, ColumnType type) {
    String problem = ValueRules.problem(this, value, type);
    if (problem != null) {
      throw new InvalidRequestException(problem);
    }
  }

  /** Reads a column value as its Java type ({@code null} for SQL NULL). */
  public Object read(ResultSet rs, int index, Column column) throws SQLException {
    Object value = readValue(rs, index, column.type());
    return column.type() == ColumnType.ENUM ? column.decodeEnum((String) value) : value;
  }

  /** Binds a Java value of the given kind, {@code null} included. */
  public void bind(PreparedStatement ps, int position, Object value, ColumnType type)
      throws SQLException {
    if (value == null) {
      ps.setNull(position, nullType(type));
    } else {
      bindValue(ps, position, value, type);
    }
  }

  /** Whether one JDBC batch of INSERTs returns every generated key (else they are derived). */
  public abstract boolean batchesReturnGeneratedKeys();

  /**
   * The SQL element type of an array of keys of this kind, for {@code = ANY(?)}, or
   * {@code null} when keys go as a list of parameters.
   */
  public abstract String arrayElementType(ColumnType type);

  /** Whether the exception is a constraint violation (NOT NULL, UNIQUE, FOREIGN KEY, CHECK). */
  public abstract boolean isIntegrityViolation(SQLException e);

  abstract Object readValue(ResultSet rs, int index, ColumnType type) throws SQLException;

  abstract void bindValue(PreparedStatement ps, int position, Object value, ColumnType type)
      throws SQLException;

  abstract int nullType(ColumnType type);

  static Object readPortable(ResultSet rs, int index, ColumnType type) throws SQLException {
    // A getter answers null, false or 0 for SQL NULL, so only those answers need wasNull(),
    // which costs sqlite-jdbc a native call per value.
    switch (type) {
      case BOOLEAN: {
        boolean value = rs.getBoolean(index);
        return !value && rs.wasNull() ? null : value;
      }
      case INTEGER: {
        int value = rs.getInt(index);
        return value == 0 && rs.wasNull() ? null : value;
      }
      case LONG: {
        long value = rs.getLong(index);
        return value == 0 && rs.wasNull() ? null : value;
      }
      case DOUBLE: {
        double value = rs.getDouble(index);
        return value == 0 && rs.wasNull() ? null : value;
      }
      case BYTES:
        return rs.getBytes(index);
      case STRING:
      case ENUM:
        return rs.getString(index);
      default:
        throw new IllegalArgumentException("no portable reader for " + type);
    }
  }

  static void bindPortable(PreparedStatement ps, int position, Object value, ColumnType type)
      throws SQLException {
    switch (type) {
      case BOOLEAN:
        ps.setBoolean(position, (Boolean) value);
        break;
      case INTEGER:
        ps.setInt(position, (Integer) value);
        break;
      case LONG:
        ps.setLong(position, (Long) value);
        break;
      case DOUBLE:
        ps.setDouble(position, (Double) value);
        break;
      case BYTES:
        ps.setBytes(position, (byte[]) value);
        break;
      case STRING:
        ps.setString(position, (String) value);
        break;
      case ENUM:
        ps.setString(position, ((Enum<?>) value).name());
        break;
      default:
        throw new IllegalArgumentException("no portable binder for " + type);
    }
  }
}
