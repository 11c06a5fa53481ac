package dev.sluice.bench;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The PostgreSQL server of a benchmark run: the one whose URL the runner passed down in
 * {@value #URL_PROPERTY}, or one started here from the binaries on Maven Central on a free port
 * of 127.0.0.1 and stopped when the JVM exits.
 */
public final class EmbeddedPostgres {
  /** The system property through which the runner hands its server to forked JVMs. */
  public static final String URL_PROPERTY = "sluice.bench.pgUrl";

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

  private EmbeddedPostgres() {}

  /** The JDBC URL of the {@code postgres} database as user {@code postgres}. */
  public static synchronized String jdbcUrl() {
    String given = System.getProperty(URL_PROPERTY);
    if (given != null && !given.isEmpty()) {
      return given;
    }
    if (server == null) {
      try {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
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
