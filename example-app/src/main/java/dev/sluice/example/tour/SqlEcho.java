package dev.sluice.example.tour;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The SQL echo, like SQLAlchemy's {@code echo=True}: every statement Jdbi runs is printed with
 * its parameters, a JDBC batch once with all its rows. Installed on the Jdbi the application's
 * component receives, so it sees Sluice's statements and raw SQL alike.
 */
public final class SqlEcho implements SqlLogger {
  /** A SELECT column list longer than this is shortened: the rows shown below tell the rest. */
  private static final int MAX_SELECT_LIST = 48;

  private final Out out;
  private final ParameterRecorder recorder;
  private final boolean enabled;
  private int muted;

  public SqlEcho(Out out, ParameterRecorder recorder, boolean enabled) {
    this.out = out;
    this.recorder = recorder;
    this.enabled = enabled;
  }

  /** Runs work without echoing it: the tour's own setup and inspection are not the lesson. */
  public void mute(Runnable work) {
    muted++;
    try {
      work.run();
    } finally {
      muted--;
    }
  }

  @Override
  public void logAfterExecution(StatementContext context) {
    print(context);
  }

  @Override
  public void logException(StatementContext context, SQLException ex) {
    print(context);
  }

  private void print(StatementContext context) {
    // Always take the recorded parameters, so that a muted statement's never leak into the next.
    ParameterRecorder.Execution execution = recorder.take();
    if (!enabled || muted > 0) {
      return;
    }
    out.wrapped("    ", "      ", shorten(oneLine(context.getRenderedSql())));
    String parameters = parameters(execution);
    if (!parameters.isEmpty()) {
      out.wrapped("    -- ", "    --   ", parameters);
    }
  }

  private static String parameters(ParameterRecorder.Execution execution) {
    if (execution == null) {
      return "";
    }
    List<String> rows = execution.rows().stream().map(SqlEcho::row).toList();
    if (execution.batch()) {
      return "batch of " + rows.size() + ": " + String.join(", ", rows);
    }
    return rows.isEmpty() || rows.get(0).equals("[]") ? "" : rows.get(0);
  }

  private static String row(List<Object> values) {
    return values.stream().map(Values::sql).collect(Collectors.joining(", ", "[", "]"));
  }

  static String oneLine(String sql) {
    return sql.replaceAll("\\s*\n\\s*", " ").trim();
  }

  /** {@code SELECT a, b, c, ... FROM}: a long column list hides the shape of the query. */
  static String shorten(String sql) {
    if (!sql.startsWith("SELECT ")) {
      return sql;
    }
    int from = sql.indexOf(" FROM ");
    if (from < 0 || from - 7 <= MAX_SELECT_LIST) {
      return sql;
    }
    String columns = sql.substring(7, from);
    int cut = columns.lastIndexOf(", ", MAX_SELECT_LIST);
    return cut < 0 ? sql : "SELECT " + columns.substring(0, cut) + ", ... " + sql.substring(from + 1);
  }
}
