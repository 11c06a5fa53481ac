package dev.sluice.runtime;

/**
 * The session's transaction failed in a way that left it unusable (a failed COMMIT, or a failed
 * flush whose savepoint could not be rolled back to): call {@code rollback()} before anything
 * else, as SQLAlchemy's "pending rollback".
 */
public class PendingRollbackException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message} and its {@code cause}. */
  public PendingRollbackException(String message, Throwable cause) {
    super(message, cause);
  }
}
