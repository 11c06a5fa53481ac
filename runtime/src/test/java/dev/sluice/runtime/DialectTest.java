package dev.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.runtime.meta.ColumnType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Choosing the dialect from a JDBC URL, and the values each dialect refuses to store. */
class DialectTest {
  @Test
  void theUrlNamesTheDialect() {
    assertEquals(Dialect.SQLITE, Dialect.fromUrl("jdbc:sqlite:/tmp/app.db"));
    assertEquals(Dialect.SQLITE, Dialect.fromUrl("JDBC:SQLITE::memory:"));
    assertEquals(Dialect.POSTGRESQL, Dialect.fromUrl("jdbc:postgresql://localhost/app"));
  }

  @Test
  void anUnknownDatabaseIsRejectedClearly() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> Dialect.fromUrl("jdbc:h2:mem:x"));
    assertTrue(e.getMessage().contains("jdbc:h2:mem:x"), e.getMessage());
    assertTrue(e.getMessage().contains("SQLite"), e.getMessage());
  }

  /** What one dialect would change is refused by that dialect only, with the reason. */
  @Test
  void eachDialectRefusesOnlyWhatItWouldChange() {
    InvalidRequestException nan = assertThrows(InvalidRequestException.class,
        () -> Dialect.SQLITE.requireStorable(Double.NaN, ColumnType.DOUBLE));
    assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());
    assertDoesNotThrow(() -> Dialect.POSTGRESQL.requireStorable(Double.NaN, ColumnType.DOUBLE));
    BigDecimal precise = new BigDecimal("0.1234567890123456789");
    assertThrows(InvalidRequestException.class,
        () -> Dialect.SQLITE.requireStorable(precise, ColumnType.DECIMAL));
    assertDoesNotThrow(() -> Dialect.POSTGRESQL.requireStorable(precise, ColumnType.DECIMAL));
    assertThrows(InvalidRequestException.class,
        () -> Dialect.POSTGRESQL.requireStorable("a\u0000b", ColumnType.STRING));
    assertDoesNotThrow(() -> Dialect.SQLITE.requireStorable("a\u0000b", ColumnType.STRING));
    assertDoesNotThrow(() -> Dialect.SQLITE.requireStorable(null, ColumnType.DECIMAL));
  }
}
