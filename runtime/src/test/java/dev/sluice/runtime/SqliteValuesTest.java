package dev.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** SQLite's text encoding of dates and times: exact, fixed-width, sortable. */
class SqliteValuesTest {
  @Test
  void valuesRoundTripExactly() {
    LocalDateTime moment = LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_789);
    assertEquals(moment, SqliteValues.parseDateTime(SqliteValues.format(moment)));
    Instant instant = Instant.parse("2024-01-01T10:15:30.000000001Z");
    assertEquals(instant, SqliteValues.parseInstant(SqliteValues.format(instant)));
    OffsetDateTime stamp = OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 5, ZoneOffset.ofHours(2));
    assertEquals(stamp, SqliteValues.parseOffsetDateTime(SqliteValues.format(stamp)));
    LocalDate day = LocalDate.of(1999, 12, 31);
    assertEquals(day, SqliteValues.parseDate(SqliteValues.format(day)));
  }

  @Test
  void theTextSortsAsTheValues() {
    String earlier = SqliteValues.format(LocalDateTime.of(2024, 1, 1, 9, 0, 0, 500_000_000));
    String later = SqliteValues.format(LocalDateTime.of(2024, 1, 1, 10, 0));
    assertEquals("2024-01-01 09:00:00.500000000", earlier);
    assertTrue(earlier.compareTo(later) < 0);
  }

  @Test
  void isoTextWrittenElsewhereIsReadToo() {
    assertEquals(LocalDateTime.of(2024, 1, 1, 9, 30),
        SqliteValues.parseDateTime("2024-01-01T09:30"));
  }
}
