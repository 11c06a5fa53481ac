package dev.sluice.runtime.internal.sql;

import dev.sluice.runtime.FlushException;
import dev.sluice.runtime.SluiceException;
import java.sql.SQLException;
import java.util.Locale;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;

/** Turns whatever a flush or bulk operation threw into a {@link SluiceException}, cause kept. */
public final class Failures {
  private Failures() {}

  public static SluiceException translate(RuntimeException e, String work) {
    if (e instanceof SluiceException sluice) {
      return sluice;
    }
    if (e instanceof StatementException statement) {
      String sql = sql(statement, null);
      return new FlushException(work, operation(sql), sql, problem(e), e);
    }
    return new SluiceException(work + " failed: " + problem(e), e);
  }

  /** The SQL as sent to the driver (named parameters replaced), else {@code fallback}. */
  public static String sql(StatementException e, String fallback) {
    StatementContext context = e.getStatementContext();
    if (context == null) {
      return fallback;
    }
    if (context.getParsedSql() != null) {
      return context.getParsedSql().getSql();
    }
    return context.getRenderedSql() != null ? context.getRenderedSql() : fallback;
  }

  /** The database's message if there is one, else the exception's own. */
  public static String problem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getMessage() != null) {
        return sql.getMessage();
      }
    }
    return String.valueOf(e.getMessage());
  }

  private static String operation(String sql) {
    if (sql == null) {
      return "?";
    }
    String trimmed = sql.trim();
    int space = trimmed.indexOf(' ');
    return (space < 0 ? trimmed : trimmed.substring(0, space)).toUpperCase(Locale.ROOT);
  }
}
