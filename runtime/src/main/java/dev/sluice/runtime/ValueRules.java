package dev.sluice.runtime;

import dev.sluice.runtime.meta.ColumnType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The values Sluice stores exactly, checked when a value is bound: what a database would
 * change (round, reorder, replace) is refused with an error that says why, rather than
 * silently coming back different.
 */
final class ValueRules {
  /** The first and last instants of years 1 to 9999, the range every dialect sorts and keeps. */
  static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");
  /** SQLite reads back a non-integral decimal through a double, to 15 significant digits. */
  private static final MathContext SQLITE_DIGITS = new MathContext(15);

  private ValueRules() {}

  /** Why {@code value} cannot be stored in a column of {@code type}, or {@code null}. */
  static String problem(Dialect dialect, Object value, ColumnType type) {
    if (value == null || type == null) {
      return null;
    }
    switch (type) {
      case DATE:
        return year(((LocalDate) value).getYear(), value);
      case DATE_TIME:
        return year(((LocalDateTime) value).getYear(), value);
      case INSTANT:
        return instant((Instant) value, value);
      case OFFSET_DATE_TIME: {
        OffsetDateTime time = (OffsetDateTime) value;
        String local = year(time.getYear(), value);
        return local != null ? local : instant(time.toInstant(), value);
      }
      case STRING:
        return string(dialect, (String) value);
      case DOUBLE:
        return dialect == Dialect.SQLITE ? sqliteDouble((Double) value) : null;
      case DECIMAL:
        return dialect == Dialect.SQLITE && sqliteDecimal((BigDecimal) value) == null
            ? "BigDecimal " + ((BigDecimal) value).toPlainString() + " cannot be stored exactly"
                + " on SQLite, which keeps decimals as 64-bit integers or as doubles (15"
                + " significant digits); round it (e.g. setScale) or use PostgreSQL's NUMERIC"
            : null;
      default:
        return null;
    }
  }

  /**
   * The number SQLite stores for a decimal: a {@code Long} when integral and in range, else a
   * {@code Double} that reads back as the same value; {@code null} if neither holds.
   */
  static Number sqliteDecimal(BigDecimal value) {
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 19) {
      try {
        return stripped.longValueExact();
      } catch (ArithmeticException e) {
        // beyond the 64-bit range: try a double
      }
    }
    double d = stripped.doubleValue();
    if (Double.isFinite(d) && sqliteDecimalOf(d).compareTo(stripped) == 0) {
      return d;
    }
    return null;
  }

  /** A decimal read back from a double SQLite stored: its value to 15 significant digits. */
  static BigDecimal sqliteDecimalOf(double d) {
    BigDecimal exact = new BigDecimal(d);
    return exact.signum() == 0 ? BigDecimal.ZERO
        : exact.round(SQLITE_DIGITS).stripTrailingZeros();
  }

  private static String year(int year, Object value) {
    return year >= 1 && year <= 9999 ? null : outOfRange(value);
  }

  private static String instant(Instant instant, Object value) {
    return instant.isBefore(FIRST) || instant.isAfter(LAST) ? outOfRange(value) : null;
  }

  private static String outOfRange(Object value) {
    return value.getClass().getSimpleName() + " " + value + " is outside the supported range,"
        + " years 1 to 9999 (0001-01-01T00:00Z to 9999-12-31T23:59:59.999999999Z): SQLite"
        + " would sort it wrongly and PostgreSQL may not keep it";
  }

  private static String string(Dialect dialect, String text) {
    int from = 0;
    while (from < text.length()) { // most strings hold neither NUL nor a surrogate: one test
      char c = text.charAt(from);
      if (c == 0 || Character.isSurrogate(c)) {
        break;
      }
      from++;
    }
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "The string has an unpaired UTF-16 surrogate (\\u" + Integer.toHexString(c)
            + " at index " + i + "), which UTF-8 cannot encode: the database would store '?'";
      } else if (c == 0 && dialect == Dialect.POSTGRESQL) {
        return "The string has a NUL character (\\u0000 at index " + i + "), which PostgreSQL"
            + " text cannot hold; store such data as byte[]";
      }
    }
    return null;
  }

  private static String sqliteDouble(double d) {
    if (Double.isNaN(d)) {
      return "A double NaN cannot be stored on SQLite, which turns it into NULL; store NULL"
          + " (a boxed Double) or a flag instead";
    }
    if (d == 0 && Double.doubleToRawLongBits(d) != 0) {
      return "A double -0.0 cannot be stored on SQLite, which drops the sign; store 0.0"
          + " (adding 0.0 turns -0.0 into 0.0)";
    }
    return null;
  }
}
