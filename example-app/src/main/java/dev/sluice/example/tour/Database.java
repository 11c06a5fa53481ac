package dev.sluice.example.tour;

import dev.sluice.runtime.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.jdbi.v3.core.Jdbi;

/**
 * The database the tour runs on: a JDBC URL and credentials, or by default SQLite in a
 * temporary file (deleted on close), so that the tour needs nothing installed.
 *
 * <p>The default SQLite URL turns foreign-key enforcement on, as an application should:
 * SQLite leaves it off unless asked, and only with it do ON DELETE / ON UPDATE actions run.
 */
public final class Database implements AutoCloseable {
  private final String url;
  private final Properties credentials;
  private final Dialect dialect;
  private final Path temporaryDirectory;

  private Database(String url, Properties credentials, Path temporaryDirectory) {
    this.url = url;
    this.credentials = credentials;
    this.dialect = Dialect.fromUrl(url);
    this.temporaryDirectory = temporaryDirectory;
  }

  /** The database of a JDBC URL; {@code null} for SQLite in a new temporary file. */
  public static Database open(String url, String user, String password) {
    Properties credentials = new Properties();
    if (user != null) {
      credentials.setProperty("user", user);
    }
    if (password != null) {
      credentials.setProperty("password", password);
    }
    if (url != null) {
      return new Database(url, credentials, null);
    }
    try {
      Path directory = Files.createTempDirectory("sluice-tour");
      String file = directory.resolve("tour.db").toString();
      return new Database("jdbc:sqlite:" + file + "?foreign_keys=true", credentials, directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a temporary SQLite database", e);
    }
  }

  public Dialect dialect() {
    return dialect;
  }

  /** One line saying where the tour runs. */
  public String describe() {
    if (temporaryDirectory != null) {
      return "SQLite in a temporary file, foreign keys enforced";
    }
    return (dialect == Dialect.SQLITE ? "SQLite at " : "PostgreSQL at ") + shownUrl();
  }

  /** The URL as printed: a password written into it is not for the screen. */
  public String shownUrl() {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  /** A Jdbi whose statements the echo prints, with the parameters the recorder saw. */
  public Jdbi jdbi(SqlEcho echo, ParameterRecorder recorder) {
    Jdbi jdbi = Jdbi.create(() -> recorder.wrap(connect()));
    jdbi.setSqlLogger(echo);
    return jdbi;
  }

  /** A plain Jdbi for the tour's own reads of the tables, never echoed. */
  public Jdbi inspector() {
    return Jdbi.create(this::connect);
  }

  /**
   * For SQLite, a Jdbi whose connections do not enforce foreign keys (SQLite's default, the
   * setting SQLAlchemy's notes ran with). PostgreSQL always enforces them: empty.
   */
  public Optional<Jdbi> withoutForeignKeyEnforcement(SqlEcho echo, ParameterRecorder recorder) {
    if (dialect != Dialect.SQLITE) {
      return Optional.empty();
    }
    Jdbi jdbi = Jdbi.create(() -> {
      Connection connection = connect();
      try (var statement = connection.createStatement()) {
        statement.execute("PRAGMA foreign_keys = OFF");
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
      return recorder.wrap(connection);
    });
    jdbi.setSqlLogger(echo);
    return Optional.of(jdbi);
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, credentials);
  }

  @Override
  public void close() {
    if (temporaryDirectory == null) {
      return;
    }
    try (var files = Files.list(temporaryDirectory)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(temporaryDirectory);
    } catch (IOException e) {
      // a temporary directory: the operating system reclaims it
    }
  }
}
