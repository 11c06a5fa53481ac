package dev.sluice.it.support;

import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.SessionFactory;
import dev.sluice.runtime.meta.SchemaMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A fresh database for one test: a new SQLite file (foreign keys enforced), or a new schema
 * of the shared PostgreSQL server. Records every statement Jdbi runs, for tests that count.
 */
public final class TestDatabase implements AutoCloseable {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static final Pattern WRITE = Pattern.compile(
      "\\s*(INSERT INTO|UPDATE|DELETE FROM)\\s+\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

  private final Dialect dialect;
  private final boolean setBasedDeletes;
  private final Jdbi jdbi;
  private final String url;
  private final Runnable cleanup;
  private final List<String> statements = new ArrayList<>();

  private TestDatabase(Dialect dialect, boolean setBasedDeletes, String url, Runnable cleanup) {
    this.dialect = dialect;
    this.setBasedDeletes = setBasedDeletes;
    this.url = url;
    this.jdbi = Jdbi.create(url);
    this.cleanup = cleanup;
    jdbi.setSqlLogger(new SqlLogger() {
      @Override
      public void logBeforeExecution(StatementContext context) {
        synchronized (statements) {
          statements.add(context.getRenderedSql());
        }
      }
    });
  }

  static TestDatabase sqlite(boolean setBasedDeletes) throws Exception {
    Path dir = Files.createTempDirectory("sluice-test");
    Path file = dir.resolve("test.db");
    // synchronous=OFF: no fsync per commit; a test database need not survive a power cut
    String url = "jdbc:sqlite:" + file + "?foreign_keys=true&synchronous=OFF";
    return new TestDatabase(Dialect.SQLITE, setBasedDeletes, url, () -> {
      try {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      } catch (Exception e) {
        // a temporary file; the OS reclaims it
      }
    });
  }

  static TestDatabase postgres(boolean setBasedDeletes) {
    String url = Postgres.jdbcUrl();
    String schema = "t" + SCHEMAS.incrementAndGet();
    Jdbi admin = Jdbi.create(url);
    admin.useHandle(h -> h.execute("CREATE SCHEMA " + schema));
    return new TestDatabase(Dialect.POSTGRESQL, setBasedDeletes,
        url + "&currentSchema=" + schema,
        () -> admin.useHandle(h -> h.execute("DROP SCHEMA " + schema + " CASCADE")));
  }

  public Dialect dialect() {
    return dialect;
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /** The JDBC URL of this database, for tests that open their own connections. */
  public String url() {
    return url;
  }

  /** Whether deletes of this run use the set-based plans (else row by row, as SQLAlchemy). */
  public boolean setBasedDeletes() {
    return setBasedDeletes;
  }

  /** A session factory whose tables have just been created. */
  public SessionFactory create(SchemaMetadata schema) {
    SessionFactory factory = SessionFactory.create(jdbi, schema)
        .withSetBasedDeletes(setBasedDeletes);
    factory.createAll();
    clearStatements();
    return factory;
  }

  /** The statements run since the last clear, as SQL text. */
  public List<String> statements() {
    synchronized (statements) {
      return List.copyOf(statements);
    }
  }

  /** Statements since the last clear whose SQL starts with the word (INSERT, SELECT, …). */
  public List<String> statements(String kind) {
    return statements().stream()
        .filter(s -> s.trim().toUpperCase(Locale.ROOT).startsWith(kind)).toList();
  }

  /**
   * The INSERT, UPDATE and DELETE statements since the last clear, each as "VERB table"; a
   * JDBC batch counts once.
   */
  public List<String> writes() {
    List<String> writes = new ArrayList<>();
    for (String sql : statements()) {
      Matcher m = WRITE.matcher(sql);
      if (m.lookingAt()) {
        writes.add(m.group(1).split(" ")[0].toUpperCase(Locale.ROOT) + " " + m.group(2));
      }
    }
    return writes;
  }

  public void clearStatements() {
    synchronized (statements) {
      statements.clear();
    }
  }

  /** The rows of a query, each as a column-name-to-value map, outside any session. */
  public List<Map<String, Object>> rows(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapToMap().list());
  }

  /** A single number from a query such as {@code SELECT COUNT(*) FROM "logs"}. */
  public long number(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  /** The values of one column, in the order of the query. */
  public List<Object> column(String sql) {
    List<Object> values = new ArrayList<>();
    for (Map<String, Object> row : rows(sql)) {
      values.add(row.values().iterator().next());
    }
    return values;
  }

  @Override
  public void close() {
    cleanup.run();
  }

  @Override
  public String toString() {
    return dialect.name().toLowerCase(Locale.ROOT) + (setBasedDeletes ? "" : ", row by row");
  }
}
