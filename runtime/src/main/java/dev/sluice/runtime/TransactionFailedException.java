package dev.sluice.runtime;

/**
 * A transaction statement (COMMIT, SAVEPOINT, RELEASE or ROLLBACK TO SAVEPOINT) failed; the
 * message names it, and the cause is the database's error.
 */
public class TransactionFailedException extends SluiceException {
  private static final long serialVersionUID = 1L;

  private final String statement;

  /** {@code statement} (COMMIT, SAVEPOINT…) failed for {@code problem}. */
  public TransactionFailedException(String statement, String problem, Throwable cause) {
    super(problem + " [SQL: " + statement + "]", cause);
    this.statement = statement;
  }

  /** The transaction statement that failed, such as {@code COMMIT}. */
  public String statement() {
    return statement;
  }
}
