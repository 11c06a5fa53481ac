package dev.sluice.runtime;

/** A flush statement violated a constraint: NOT NULL, UNIQUE, FOREIGN KEY or CHECK. */
public class IntegrityException extends FlushException {
  private static final long serialVersionUID = 1L;

  /** A failure of {@code operation} on {@code entity} running {@code sql}. */
  public IntegrityException(String entity, String operation, String sql, String problem,
      Throwable cause) {
    super(entity, operation, sql, problem, cause);
  }
}
