package dev.sluice.it.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every column type at its edges and at seeded random values: each value either comes back
 * equal after a commit and a reload, or is refused at bind time with an
 * {@link InvalidRequestException} saying why, the flush writing nothing. Run with
 * {@code -Dvalues.seed=N} to try other random values.
 */
class ValuesTest {
  private static final long SEED = Long.getLong("values.seed", 20_261_203L);
  private static final int RANDOM = Integer.getInteger("values.random", 40);

  /** One column of Sample, written and read without reflection. */
  private record Col(String name, BiConsumer<Sample, Object> set, Function<Sample, Object> get) {}

  private static final Col DOUBLE = new Col("boxedRatio", (s, v) -> s.boxedRatio = (Double) v,
      s -> s.boxedRatio);
  private static final Col DECIMAL = new Col("amount", (s, v) -> s.amount = (BigDecimal) v,
      s -> s.amount);
  private static final Col STRING = new Col("secret", (s, v) -> s.setSecret((String) v),
      Sample::getSecret);
  private static final Col DATE = new Col("day", (s, v) -> s.day = (LocalDate) v, s -> s.day);
  private static final Col DATE_TIME = new Col("moment", (s, v) -> s.moment = (LocalDateTime) v,
      s -> s.moment);
  private static final Col INSTANT = new Col("instant", (s, v) -> s.instant = (Instant) v,
      s -> s.instant);
  private static final Col STAMP = new Col("stamp", (s, v) -> s.stamp = (OffsetDateTime) v,
      s -> s.stamp);
  private static final Col BYTES = new Col("payload", (s, v) -> s.payload = (byte[]) v,
      s -> s.payload);
  private static final Col LONG = new Col("boxedTotal", (s, v) -> s.boxedTotal = (Long) v,
      s -> s.boxedTotal);
  private static final Col INT = new Col("boxedCount", (s, v) -> s.boxedCount = (Integer) v,
      s -> s.boxedCount);
  private static final Col BOOL = new Col("boxedFlag", (s, v) -> s.boxedFlag = (Boolean) v,
      s -> s.boxedFlag);
  private static final Col ENUM = new Col("colour", (s, v) -> s.colour = (Sample.Colour) v,
      s -> s.colour);

  private int tried;

  @DatabaseTest
  void everyTypeAtItsEdgesRoundTripsOrIsRefused(TestDatabase db) {
    assumeTrue(db.setBasedDeletes(), "deletes play no part: once per database");
    SessionFactory factory = db.create(TypesSchema_Metadata.INSTANCE);
    boolean sqlite = db.dialect() == Dialect.SQLITE;
    Random random = new Random(SEED);

    roundTrip(factory, db, BOOL, true, false, null);
    roundTrip(factory, db, INT, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, null);
    roundTrip(factory, db, LONG, Long.MIN_VALUE, Long.MAX_VALUE, 0L, null);
    roundTrip(factory, db, ENUM, Sample.Colour.RED, Sample.Colour.GREEN, null);
    roundTrip(factory, db, BYTES, new byte[0], allBytes(), null);

    roundTrip(factory, db, DOUBLE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL,
        Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, 1 / 3.0,
        -1e-300, null);
    if (sqlite) {
      refused(factory, DOUBLE, Double.NaN, -0.0);
    } else {
      roundTrip(factory, db, DOUBLE, Double.NaN, -0.0);
    }
    roundTrip(factory, db, DOUBLE, randoms(random, () -> {
      double d = Double.longBitsToDouble(random.nextLong());
      return Double.isNaN(d) || d == 0 ? 1.5 : d;
    }));

    roundTrip(factory, db, DECIMAL, dec("0"), dec("9"), dec("10"), dec("100"), dec("-1"),
        dec("0.1"), dec("123456789012345"), dec("1.23456789012345"), dec("-0.000001"),
        dec(Long.toString(Long.MAX_VALUE)), dec(Long.toString(Long.MIN_VALUE)), dec("1E+300"),
        dec("1.5E-300"), null);
    roundTrip(factory, db, DECIMAL, randoms(random, () -> BigDecimal.valueOf(
        random.nextLong() % 1_000_000_000_000_000L, random.nextInt(20) - 5)));
    BigDecimal[] wide = {dec("12345678901234567890.123456789"), dec("1.2345678901234567"),
        dec("9223372036854775808"), dec("0.1234567890123456789")};
    if (sqlite) {
      refused(factory, DECIMAL, (Object[]) wide);
    } else {
      roundTrip(factory, db, DECIMAL, (Object[]) wide);
    }

    String emoji = "\uD83D\uDE00";
    roundTrip(factory, db, STRING, "", "a", emoji, "Grüße 'quoted' \"double\"", "x".repeat(20_000),
        "\uFFFF\uFFFE", null);
    roundTrip(factory, db, STRING, randoms(random, () -> randomText(random)));
    refused(factory, STRING, "\uD800", "a\uDC00b", emoji.substring(0, 1) + "x");
    if (sqlite) {
      roundTrip(factory, db, STRING, "nul\u0000inside");
    } else {
      refused(factory, STRING, "nul\u0000inside");
    }

    roundTrip(factory, db, DATE, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
        LocalDate.of(1970, 1, 1), LocalDate.of(2024, 2, 29), null);
    roundTrip(factory, db, DATE, randoms(random, () -> LocalDate.ofEpochDay(
        random.nextLong(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31)
            .toEpochDay()))));
    refused(factory, DATE, LocalDate.of(0, 12, 31), LocalDate.of(-1, 1, 1),
        LocalDate.of(10_000, 1, 1), LocalDate.MIN, LocalDate.MAX);

    roundTrip(factory, db, DATE_TIME, LocalDateTime.of(1, 1, 1, 0, 0),
        LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999),
        LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_789), null);
    refused(factory, DATE_TIME, LocalDateTime.MIN, LocalDateTime.MAX,
        LocalDateTime.of(10_000, 1, 1, 0, 0), LocalDateTime.of(0, 12, 31, 23, 59));

    roundTrip(factory, db, INSTANT, Instant.EPOCH, Instant.parse("0001-01-01T00:00:00Z"),
        Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("1969-12-31T23:59:59.5Z"),
        null);
    roundTrip(factory, db, INSTANT, randoms(random, () -> Instant.ofEpochSecond(
        random.nextLong(-62_135_596_800L, 253_402_300_799L), random.nextInt(1_000_000_000))));
    refused(factory, INSTANT, Instant.MIN, Instant.MAX,
        Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("0000-12-31T23:59:59Z"));

    roundTrip(factory, db, STAMP, OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 0,
        ZoneOffset.ofHours(14)), OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
        OffsetDateTime.of(9999, 12, 31, 12, 0, 0, 1, ZoneOffset.ofHours(-11)), null);
    refused(factory, STAMP, OffsetDateTime.MIN, OffsetDateTime.MAX,
        OffsetDateTime.of(9999, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-5)));

    System.out.printf("values %s: %d values tried%n", db, tried);
  }

  /** SQLite used to compare decimals as text: 9 < 10 < 100 must hold in SQL on both. */
  @DatabaseTest
  void decimalsCompareAsNumbersInSql(TestDatabase db) {
    assumeTrue(db.setBasedDeletes(), "deletes play no part: once per database");
    SessionFactory factory = db.create(TypesSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      for (String amount : List.of("9", "10", "100", "9.5", "-20")) {
        Sample sample = sample();
        sample.amount = dec(amount);
        session.add(sample);
      }
      session.commit();
      List<BigDecimal> above = new ArrayList<>();
      for (Sample s : session.query(Sample.class).where("amount > :v").bind("v", dec("9"))
          .orderBy("amount").list()) {
        above.add(s.amount.stripTrailingZeros());
      }
      assertEquals(List.of(dec("9.5"), dec("1E+1"), dec("1E+2")), above);
    }
  }

  /** Dates, times and instants in range sort in SQL as they compare in Java. */
  @DatabaseTest
  void datesSortAsTheyCompare(TestDatabase db) {
    assumeTrue(db.setBasedDeletes(), "deletes play no part: once per database");
    SessionFactory factory = db.create(TypesSchema_Metadata.INSTANCE);
    Random random = new Random(SEED);
    List<Instant> instants = new ArrayList<>();
    try (Session session = factory.openSession()) {
      for (int i = 0; i < 60; i++) {
        Sample sample = sample();
        sample.instant = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L,
            253_402_300_799L), random.nextInt(1_000_000) * 1000L);
        instants.add(sample.instant);
        session.add(sample);
      }
      session.commit();
      List<Instant> sorted = new ArrayList<>(instants);
      sorted.sort(Comparator.naturalOrder());
      List<Instant> bySql = new ArrayList<>();
      session.query(Sample.class).orderBy("instant").list().forEach(s -> bySql.add(s.instant));
      assertEquals(sorted, bySql);
    }
  }

  private void roundTrip(SessionFactory factory, TestDatabase db, Col col, Object... values) {
    List<Sample> written = new ArrayList<>();
    try (Session session = factory.openSession()) {
      for (Object value : values) {
        Sample sample = sample();
        col.set().accept(sample, value);
        written.add(sample);
        session.add(sample);
      }
      session.commit();
    }
    try (Session session = factory.openSession()) {
      for (int i = 0; i < values.length; i++) {
        Sample loaded = session.get(Sample.class, written.get(i).id);
        Object expected = expected(db.dialect(), values[i]);
        Object actual = col.get().apply(loaded);
        assertTrue(same(expected, actual), col.name() + " " + db + ": wrote "
            + show(values[i]) + ", read " + show(actual));
        tried++;
      }
    }
  }

  private void refused(SessionFactory factory, Col col, Object... values) {
    for (Object value : values) {
      try (Session session = factory.openSession()) {
        Sample sample = sample();
        col.set().accept(sample, value);
        session.add(sample);
        InvalidRequestException e = assertThrows(InvalidRequestException.class, session::flush,
            col.name() + " " + show(value) + " must be refused");
        assertTrue(e.getMessage().length() > 40, e.getMessage());
        assertEquals(ObjectState.PENDING, session.state(sample), "the failed flush kept it");
        session.expunge(sample);
        assertEquals(0L, session.query(Sample.class).where("id = :id").bind("id", sample.id)
            .count(), "nothing written");
        tried++;
      }
    }
  }

  /** What the database gives back: PostgreSQL keeps microseconds (the rest truncated). */
  private static Object expected(Dialect dialect, Object value) {
    if (dialect != Dialect.POSTGRESQL) {
      return value;
    }
    if (value instanceof LocalDateTime t) {
      return t.truncatedTo(ChronoUnit.MICROS);
    }
    if (value instanceof Instant t) {
      return t.truncatedTo(ChronoUnit.MICROS);
    }
    if (value instanceof OffsetDateTime t) {
      return t.truncatedTo(ChronoUnit.MICROS);
    }
    return value;
  }

  private static boolean same(Object expected, Object actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (expected instanceof Double d) {
      return actual instanceof Double a && Double.compare(d, a) == 0;
    }
    if (expected instanceof BigDecimal d) {
      return actual instanceof BigDecimal a && d.compareTo(a) == 0;
    }
    if (expected instanceof byte[] b) {
      return actual instanceof byte[] a && Arrays.equals(b, a);
    }
    if (expected instanceof OffsetDateTime t) {
      return actual instanceof OffsetDateTime a && t.toInstant().equals(a.toInstant());
    }
    return expected.equals(actual);
  }

  private static String show(Object value) {
    if (value instanceof byte[] b) {
      return b.length + " bytes";
    }
    if (value instanceof String s && s.length() > 40) {
      return s.length() + " chars";
    }
    return String.valueOf(value);
  }

  private static Object[] randoms(Random random, Supplier<Object> next) {
    Object[] values = new Object[RANDOM];
    for (int i = 0; i < values.length; i++) {
      values[i] = next.get();
    }
    return values;
  }

  /** Random valid text: code points from every plane, surrogates only in pairs. */
  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(30);
    while (text.length() < length) {
      int cp = random.nextInt(4) == 0 ? random.nextInt(0x10000, 0x110000)
          : random.nextInt(1, 0x10000);
      if (Character.isSurrogate((char) cp) && cp < 0x10000) {
        continue;
      }
      text.appendCodePoint(cp);
    }
    return text.toString();
  }

  private static byte[] allBytes() {
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }

  private static Sample sample() {
    Sample sample = new Sample();
    sample.id = UUID.randomUUID();
    return sample;
  }

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }
}
