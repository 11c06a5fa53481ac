package dev.sluice.it.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Every column type survives a round trip through each database unchanged. */
class TypesTest {
  @DatabaseTest
  void everyTypeRoundTrips(TestDatabase db) {
    SessionFactory factory = db.create(TypesSchema_Metadata.INSTANCE);
    Sample sample = new Sample();
    sample.id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    sample.flag = true;
    sample.boxedFlag = false;
    sample.count = -3;
    sample.boxedCount = 42;
    sample.total = 9_000_000_000L;
    sample.boxedTotal = -1L;
    sample.ratio = 0.25;
    sample.boxedRatio = 1e10;
    sample.amount = new BigDecimal("1234567890.12345"); // wider: ValuesTest
    sample.label = "Grüße, 'quoted'";
    sample.payload = new byte[] {0, 1, (byte) 0xff};
    sample.day = LocalDate.of(2024, 2, 29);
    sample.moment = LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_000);
    sample.instant = Instant.parse("2024-01-01T10:15:30.654321Z");
    sample.stamp = OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    sample.colour = Sample.Colour.GREEN;
    sample.mixedCase = "kept";
    sample.setSecret("accessor");
    try (Session session = factory.openSession()) {
      session.add(sample);
      session.commit();
    }
    try (Session session = factory.openSession()) {
      Sample loaded = new SampleDao(session).findById(sample.id).orElseThrow();
      assertNotSame(sample, loaded);
      assertEquals(true, loaded.flag);
      assertEquals(false, loaded.boxedFlag);
      assertEquals(-3, loaded.count);
      assertEquals(42, loaded.boxedCount);
      assertEquals(9_000_000_000L, loaded.total);
      assertEquals(-1L, loaded.boxedTotal);
      assertEquals(0.25, loaded.ratio);
      assertEquals(1e10, loaded.boxedRatio);
      assertEquals(0, sample.amount.compareTo(loaded.amount));
      assertEquals(sample.label, loaded.label);
      assertArrayEquals(sample.payload, loaded.payload);
      assertEquals(sample.day, loaded.day);
      assertEquals(sample.moment, loaded.moment);
      assertEquals(sample.instant, loaded.instant);
      assertEquals(sample.stamp.toInstant(), loaded.stamp.toInstant());
      assertEquals(Sample.Colour.GREEN, loaded.colour);
      assertEquals("kept", loaded.mixedCase);
      assertEquals("accessor", loaded.getSecret());
      assertFalse(session.isModified(loaded), "a reloaded row is not dirty");
    }
    assertEquals(List.of("kept"), db.column("SELECT \"MixedCase\" FROM \"Sample\""));
  }

  @DatabaseTest
  void nullsRoundTripAndPrimitivesReadZero(TestDatabase db) {
    SessionFactory factory = db.create(TypesSchema_Metadata.INSTANCE);
    Sample sample = new Sample();
    sample.id = UUID.randomUUID();
    try (Session session = factory.openSession()) {
      session.add(sample);
      session.commit();
    }
    try (Session session = factory.openSession()) {
      Sample loaded = session.get(Sample.class, sample.id);
      assertNull(loaded.boxedCount);
      assertNull(loaded.boxedFlag);
      assertNull(loaded.boxedTotal);
      assertNull(loaded.boxedRatio);
      assertNull(loaded.label);
      assertNull(loaded.amount);
      assertNull(loaded.payload);
      assertNull(loaded.instant);
      assertNull(loaded.colour);
      assertEquals(0, loaded.count);
      assertFalse(session.isModified(loaded));
    }
  }

  @DatabaseTest
  void zeroAndFalseReadBackAsValuesNotNulls(TestDatabase db) {
    // A getter answers 0 or false for NULL too, so only those answers ask whether it was NULL.
    SessionFactory factory = db.create(TypesSchema_Metadata.INSTANCE);
    Sample sample = new Sample();
    sample.id = UUID.randomUUID();
    sample.boxedCount = 0;
    sample.boxedFlag = false;
    sample.boxedTotal = 0L;
    sample.boxedRatio = 0.0;
    try (Session session = factory.openSession()) {
      session.add(sample);
      session.commit();
    }
    try (Session session = factory.openSession()) {
      Sample loaded = session.get(Sample.class, sample.id);
      assertEquals(Integer.valueOf(0), loaded.boxedCount);
      assertEquals(Boolean.FALSE, loaded.boxedFlag);
      assertEquals(Long.valueOf(0), loaded.boxedTotal);
      assertEquals(Double.valueOf(0.0), loaded.boxedRatio);
      assertFalse(session.isModified(loaded));
    }
  }

  /**
   * A primitive generated id left at zero is not assigned: each row gets its own id from the
   * database (before, every row was inserted with id 0 and the second one failed).
   */
  @DatabaseTest
  void aPrimitiveGeneratedIdOfZeroIsAssignedByTheDatabase(TestDatabase db) {
    SessionFactory factory = db.create(TypesSchema_Metadata.INSTANCE);
    Ticket first = new Ticket("first");
    Ticket second = new Ticket("second");
    Ticket chosen = new Ticket("chosen");
    chosen.id = 100;
    try (Session session = factory.openSession()) {
      session.add(first);
      session.commit();
      session.add(second);
      session.add(chosen);
      session.commit();
      assertNotEquals(0, first.id);
      assertNotEquals(0, second.id);
      assertNotEquals(first.id, second.id);
      assertEquals(100, chosen.id);
    }
    try (Session session = factory.openSession()) {
      assertEquals("second", new TicketDao(session).findById(second.id).orElseThrow().label);
      assertEquals(List.of("chosen", "first", "second"), new TicketDao(session).findAll()
          .stream().map(t -> t.label).sorted().toList());
    }
  }
}
