package dev.sluice.runtime;

/**
 * A query, relation load or refresh failed in the database; {@link #sql()} is the statement.
 * On PostgreSQL the failure aborted the transaction: the session needs {@code rollback()}.
 */
public class QueryException extends SluiceException {
  private static final long serialVersionUID = 1L;

  private final String sql;

  /** A failed query, relation load or refresh, with its {@code sql}. */
  public QueryException(String message, String sql, Throwable cause) {
    super(message, cause);
    this.sql = sql;
  }

  /** The SQL that failed, or {@code null} if the failure came before a statement. */
  public String sql() {
    return sql;
  }
}
