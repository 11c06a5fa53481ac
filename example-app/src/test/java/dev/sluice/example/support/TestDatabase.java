package dev.sluice.example.support;

import dev.sluice.example.Scenarios;
import dev.sluice.example.tour.Database;
import dev.sluice.example.tour.Out;
import dev.sluice.example.tour.ScenarioResult;
import dev.sluice.example.tour.TourRunner;
import dev.sluice.runtime.Dialect;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh database for one test, given to the tour by URL as a user would: a new SQLite file
 * with foreign keys enforced, or a new schema of the shared PostgreSQL server.
 */
public final class TestDatabase implements AutoCloseable {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  private final String url;
  private final Runnable cleanup;
  private String output = "";

  private TestDatabase(String url, Runnable cleanup) {
    this.url = url;
    this.cleanup = cleanup;
  }

  static TestDatabase sqlite() {
    try {
      Path dir = Files.createTempDirectory("sluice-tour-test");
      Path file = dir.resolve("tour.db");
      return new TestDatabase("jdbc:sqlite:" + file + "?foreign_keys=true", () -> {
        try {
          Files.deleteIfExists(file);
          Files.deleteIfExists(dir);
        } catch (IOException e) {
          // a temporary file; the operating system reclaims it
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TestDatabase postgres() {
    String url = Postgres.jdbcUrl();
    String schema = "tour" + SCHEMAS.incrementAndGet();
    Jdbi admin = Jdbi.create(url);
    admin.useHandle(h -> h.execute("CREATE SCHEMA " + schema));
    return new TestDatabase(url + "&currentSchema=" + schema,
        () -> admin.useHandle(h -> h.execute("DROP SCHEMA " + schema + " CASCADE")));
  }

  /** The JDBC URL to pass to the tour's {@code --url}. */
  public String url() {
    return url;
  }

  public Dialect dialect() {
    return Dialect.fromUrl(url);
  }

  /** Runs one scenario with the SQL echo on; its output is kept for {@link #output()}. */
  public ScenarioResult run(String scenario) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Database database = Database.open(url, null, null);
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      ScenarioResult result = new TourRunner(new Out(stream), database, true)
          .run(Scenarios.named(scenario));
      output = bytes.toString(StandardCharsets.UTF_8);
      return result;
    }
  }

  /** What the last {@link #run} printed. */
  public String output() {
    return output;
  }

  /** The number of tables in the database (or the PostgreSQL schema) now. */
  public long tableCount() {
    String sql = dialect() == Dialect.SQLITE
        ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
        : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()";
    return Jdbi.create(url).withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @Override
  public void close() {
    cleanup.run();
  }

  @Override
  public String toString() {
    return url;
  }
}
