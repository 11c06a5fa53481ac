package dev.sluice.runtime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * SQLite's text encodings of dates and times: ISO-8601 with a space and nine fraction digits,
 * so stored values sort as they compare and SQLite's date functions read them.
 */
final class SqliteValues {
  private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral(' ')
      .appendPattern("HH:mm:ss")
      .appendFraction(ChronoField.NANO_OF_SECOND, 9, 9, true)
      .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
      .append(DATE_TIME)
      .appendOffset("+HH:MM", "Z")
      .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter READ_DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendLiteral('T').optionalEnd()
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter READ_OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
      .append(READ_DATE_TIME)
      .appendOffset("+HH:MM", "Z")
      .toFormatter(Locale.ROOT);

  private SqliteValues() {}

  /** Formats a date or time value as SQLite stores it. */
  static String format(Object value) {
    if (value instanceof LocalDate) {
      return ((LocalDate) value).format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
    if (value instanceof LocalDateTime) {
      return ((LocalDateTime) value).format(DATE_TIME);
    }
    if (value instanceof Instant) {
      return OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC).format(OFFSET_DATE_TIME);
    }
    if (value instanceof OffsetDateTime) {
      return ((OffsetDateTime) value).format(OFFSET_DATE_TIME);
    }
    throw new IllegalArgumentException("not a date or time: " + value);
  }

  static LocalDate parseDate(String text) {
    return text == null ? null : LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
  }

  static LocalDateTime parseDateTime(String text) {
    return text == null ? null : LocalDateTime.parse(text, READ_DATE_TIME);
  }

  static Instant parseInstant(String text) {
    return text == null ? null : OffsetDateTime.parse(text, READ_OFFSET_DATE_TIME).toInstant();
  }

  static OffsetDateTime parseOffsetDateTime(String text) {
    return text == null ? null : OffsetDateTime.parse(text, READ_OFFSET_DATE_TIME);
  }
}
