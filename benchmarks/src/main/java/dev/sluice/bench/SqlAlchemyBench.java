package dev.sluice.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code benchmarks/sqlalchemy_bench.py}, SQLAlchemy 1.4 against its own DB-API baseline,
 * on SQLite and on the embedded PostgreSQL server the Java benchmarks use (when psycopg2 is
 * importable). Not part of the build: Python is needed only here. System properties
 * {@code python} (default {@code /usr/bin/python3}) and {@code script}; arguments go to the
 * script ({@code --workloads=…}, {@code --runs=…}, {@code --dbs=…}).
 */
public final class SqlAlchemyBench {
  private SqlAlchemyBench() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    String python = System.getProperty("python", "/usr/bin/python3");
    Path script = Path.of(System.getProperty("script", "benchmarks/sqlalchemy_bench.py"));
    if (!Files.isRegularFile(script)) {
      fail("No " + script.toAbsolutePath() + ": run from the repository root or pass"
          + " -Dscript=path/to/sqlalchemy_bench.py");
    }
    if (probe(python, "import sqlalchemy") != 0) {
      fail(python + " cannot import sqlalchemy: install SQLAlchemy 1.4 (Debian:"
          + " apt-get install python3-sqlalchemy) or pass -Dpython=/path/to/python3");
    }
    List<String> command = new ArrayList<>(List.of(python, script.toString()));
    command.addAll(Arrays.asList(args));
    boolean wantsPostgres = Arrays.stream(args).noneMatch(a -> a.startsWith("--dbs"))
        || Arrays.stream(args).anyMatch(a -> a.contains("postgresql"));
    if (wantsPostgres) {
      if (probe(python, "import psycopg2") == 0) {
        command.addAll(postgresArguments(EmbeddedPostgres.jdbcUrl()));
      } else {
        System.err.println("psycopg2 is not importable by " + python + " (Debian: apt-get"
            + " install python3-psycopg2): measuring SQLite only");
      }
    }
    Process process = new ProcessBuilder(command).inheritIO().start();
    int status = process.waitFor();
    System.exit(status);
  }

  /** {@code --pg-host/--pg-port/--pg-user/--pg-database} of a {@code jdbc:postgresql:} URL. */
  static List<String> postgresArguments(String jdbcUrl) {
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    String user = "postgres";
    if (uri.getQuery() != null) {
      for (String pair : uri.getQuery().split("&")) {
        if (pair.startsWith("user=")) {
          user = pair.substring("user=".length());
        }
      }
    }
    String database = uri.getPath().isEmpty() ? "postgres" : uri.getPath().substring(1);
    return List.of("--pg-host", uri.getHost(), "--pg-port", String.valueOf(uri.getPort()),
        "--pg-user", user, "--pg-database", database);
  }

  private static int probe(String python, String statement) throws InterruptedException {
    try {
      Process process = new ProcessBuilder(python, "-c", statement)
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroy();
        return -1;
      }
      return process.exitValue();
    } catch (IOException e) {
      return -1; // no such interpreter
    }
  }

  private static void fail(String message) {
    System.err.println(message);
    System.exit(2);
  }
}
