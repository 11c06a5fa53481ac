package dev.sluice.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh, empty database for one benchmark trial: a new SQLite file in a temporary directory
 * (foreign keys on), or a new schema of the run's PostgreSQL server. Every contender reaches it
 * through the same small connection pool.
 */
public final class Database implements AutoCloseable {
  /** The database kinds a benchmark runs on. */
  public enum Kind {
    SQLITE, POSTGRESQL;

    public static Kind parse(String name) {
      for (Kind value : values()) {
        if (value.name().equalsIgnoreCase(name.trim())) {
          return value;
        }
      }
      throw new IllegalArgumentException("Unknown database '" + name + "'; choose from "
          + Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
  }

  private final Kind kind;
  private final String url;
  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final Runnable cleanup;

  private Database(Kind kind, String url, Runnable cleanup) {
    this.kind = kind;
    this.url = url;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(1);
    config.setPoolName("bench-" + kind.name().toLowerCase(Locale.ROOT));
    this.pool = new HikariDataSource(config);
    this.jdbi = Jdbi.create(pool);
    this.cleanup = cleanup;
  }

  /** A fresh database of the kind. */
  public static Database open(Kind kind) {
    return kind == Kind.SQLITE ? sqlite() : postgres();
  }

  private static Database sqlite() {
    try {
      Path dir = Files.createTempDirectory("sluice-bench");
      Path file = dir.resolve("bench.db");
      return new Database(Kind.SQLITE, "jdbc:sqlite:" + file + "?foreign_keys=true",
          () -> deleteTree(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Database postgres() {
    String server = EmbeddedPostgres.jdbcUrl();
    String schema = "bench_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    Jdbi admin = Jdbi.create(server);
    admin.useHandle(h -> h.execute("CREATE SCHEMA " + schema));
    String separator = server.contains("?") ? "&" : "?";
    return new Database(Kind.POSTGRESQL, server + separator + "currentSchema=" + schema,
        () -> admin.useHandle(h -> h.execute("DROP SCHEMA " + schema + " CASCADE")));
  }

  public Kind kind() {
    return kind;
  }

  /** The JDBC URL, for a process of its own. */
  public String url() {
    return url;
  }

  public DataSource dataSource() {
    return pool;
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /** Empties tables (children first) and, on PostgreSQL, returns their storage. */
  public void empty(String... tables) {
    jdbi.useHandle(h -> {
      if (kind == Kind.POSTGRESQL) {
        h.execute("TRUNCATE " + String.join(", ", tables));
      } else {
        for (String table : tables) {
          h.execute("DELETE FROM " + table);
        }
      }
    });
  }

  /** Refreshes the planner's statistics after a seed, so plans match the data. */
  public void analyze() {
    jdbi.useHandle(h -> h.execute("ANALYZE"));
  }

  @Override
  public void close() {
    pool.close();
    cleanup.run();
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory; the OS reclaims it
    }
  }
}
