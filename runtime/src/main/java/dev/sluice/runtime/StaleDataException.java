package dev.sluice.runtime;

/** An UPDATE or DELETE by primary key matched no row: the row changed or vanished meanwhile. */
public class StaleDataException extends FlushException {
  private static final long serialVersionUID = 1L;

  /** A failure of {@code operation} on {@code entity} running {@code sql}. */
  public StaleDataException(String entity, String operation, String sql, String problem) {
    super(entity, operation, sql, problem, null);
  }
}
