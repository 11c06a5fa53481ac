package dev.sluice.example.tour;

import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.meta.SchemaMetadata;
import dev.sluice.runtime.meta.TableDdl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * What a scenario uses to teach: explanations, steps printed as the Java that runs (the SQL
 * echo follows each), results and errors printed as a REPL would, and the rows of tables.
 */
public final class Tour {
  private final Out out;
  private final Database database;
  private final SqlEcho echo;
  private final ParameterRecorder recorder;

  public Tour(Out out, Database database, SqlEcho echo, ParameterRecorder recorder) {
    this.out = out;
    this.database = database;
    this.echo = echo;
    this.recorder = recorder;
  }

  /** An explanation, printed as a comment. */
  public void say(String text) {
    out.blank();
    out.wrapped("# ", "# ", text);
  }

  /** Prints the Java of a step (lines separated by newlines), then runs it. */
  public void run(String java, Runnable action) {
    printJava(java);
    action.run();
  }

  /** Prints the Java of an expression, evaluates it and prints its value. */
  public <T> T eval(String java, Supplier<T> action) {
    printJava(java);
    T value = action.get();
    out.wrapped("", "  ", Values.java(value));
    return value;
  }

  /** Runs a step that must fail with {@code expected}, printing the error as a user sees it. */
  public <E extends RuntimeException> E fails(String java, Class<E> expected, Runnable action) {
    RuntimeException failure = attempt(java, action)
        .orElseThrow(() -> new IllegalStateException("expected " + java + " to fail"));
    if (!expected.isInstance(failure)) {
      throw failure;
    }
    return expected.cast(failure);
  }

  /** Runs a step that may fail; prints and returns the failure, if any. */
  public Optional<RuntimeException> attempt(String java, Runnable action) {
    printJava(java);
    try {
      action.run();
      return Optional.empty();
    } catch (RuntimeException e) {
      error(e);
      return Optional.of(e);
    }
  }

  /** Prints an error as its class's simple name and message. */
  public void error(Throwable e) {
    out.wrapped("", "  ", e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  /** Prints the current rows of tables, read outside the scenario's session. */
  public void rows(String... tables) {
    inspect(List.of(tables)).forEach(this::print);
  }

  /** Reads tables outside any session. */
  public List<TableRows> inspect(List<String> tables) {
    return database.inspector().withHandle(
        handle -> tables.stream().map(table -> TableRows.read(handle, table)).toList());
  }

  void print(TableRows rows) {
    out.blank();
    TableText.render(rows, "  ").forEach(out::line);
  }

  /**
   * Prints the CREATE TABLE statement the schema has for the current database, and the
   * constraints it adds once a later table exists (PostgreSQL, in a cycle).
   */
  public void ddl(SchemaMetadata schema, String table) {
    TableDdl ddl = schema.tables().stream().filter(t -> t.table().equals(table)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table " + table));
    out.blank();
    List<String> statements = new ArrayList<>(List.of(ddl.createTable(database.dialect())));
    statements.addAll(ddl.addConstraints(database.dialect()));
    for (String statement : statements) {
      for (String line : statement.split("\n")) {
        out.wrapped("    ", "        ", line);
      }
    }
  }

  /** Prints lines of source code indented, spaces kept. */
  public void listing(List<String> lines) {
    out.blank();
    lines.forEach(line -> out.verbatim("  ", "        ", line));
  }

  /** Prints a message such as a compiler's, indented and wrapped. */
  public void message(String text) {
    out.blank();
    out.wrapped("  ", "      ", text);
  }

  /** The database the tour runs on. */
  public Dialect dialect() {
    return database.dialect();
  }

  /**
   * On SQLite, a Jdbi (echoed) whose connections do not enforce foreign keys, as in the notes;
   * empty on PostgreSQL, which always enforces them.
   */
  public Optional<Jdbi> withoutForeignKeyEnforcement() {
    return database.withoutForeignKeyEnforcement(echo, recorder);
  }

  private void printJava(String java) {
    String[] lines = java.split("\n");
    out.blank();
    for (int i = 0; i < lines.length; i++) {
      out.verbatim(i == 0 ? ">>> " : "... ", "...     ", lines[i]);
    }
  }
}
