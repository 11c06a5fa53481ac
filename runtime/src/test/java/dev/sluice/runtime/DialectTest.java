package dev.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Choosing the dialect from a JDBC URL. */
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
}
