package dev.sluice.runtime;

/**
 * A statement of a flush failed. The database is back where it was before the flush and the
 * session still holds its pending changes: fix them and flush again, or roll back.
 */
public class FlushException extends SluiceException {
  private static final long serialVersionUID = 1L;

  private final String entity;
  private final String operation;
  private final String sql;
  /** What ran the flush, when not an explicit flush() or commit(); appended to the message. */
  private String note = "";

  /** A failure of {@code operation} on {@code entity} running {@code sql}. */
  public FlushException(String entity, String operation, String sql, String problem,
      Throwable cause) {
    super(problem + " [" + operation + " " + entity + "] [SQL: " + sql + "]", cause);
    this.entity = entity;
    this.operation = operation;
    this.sql = sql;
  }

  /**
   * Appends to the message what ran the flush (an autoflush before a query), so a failure
   * that surfaces from a read says where it came from. Returns this exception.
   */
  public FlushException addNote(String note) {
    this.note = this.note + " (" + note + ")";
    return this;
  }

  @Override
  public String getMessage() {
    return super.getMessage() + note;
  }

  /** The entity (or association table) the failing statement wrote. */
  public String entity() {
    return entity;
  }

  /** INSERT, UPDATE, DELETE, POST-UPDATE or a bulk operation. */
  public String operation() {
    return operation;
  }

  /** The SQL of the failing statement. */
  public String sql() {
    return sql;
  }
}
