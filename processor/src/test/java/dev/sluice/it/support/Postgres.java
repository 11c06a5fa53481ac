package dev.sluice.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL server per test JVM, started from the binaries on Maven Central on a
 * free port of 127.0.0.1 and stopped when the JVM exits.
 */
public final class Postgres {
  private static EmbeddedPostgres server;

  private Postgres() {}

  public static synchronized String jdbcUrl() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException e) {
          // the JVM is exiting; the server's directory is temporary
        }
      }));
    }
    return server.getJdbcUrl("postgres", "postgres");
  }
}
