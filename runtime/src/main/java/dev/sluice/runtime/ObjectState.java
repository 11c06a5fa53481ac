package dev.sluice.runtime;

/**
 * Where an object stands with respect to a session, as SQLAlchemy's {@code inspect(obj)}
 * states: an object marked with {@code delete()} stays {@link #PERSISTENT} (and is listed in
 * {@code deletedObjects()}) until a flush deletes its row; it is then {@link #DELETED} until the
 * transaction ends: {@link #DETACHED} after commit, persistent again after rollback.
 */
public enum ObjectState {
  /** Not in the session and never persisted by it. */
  TRANSIENT,
  /** Added to the session, not yet inserted. */
  PENDING,
  /** In the session with a row in the database (also while marked for deletion, unflushed). */
  PERSISTENT,
  /** Its row was deleted by a flush of the session's current transaction. */
  DELETED,
  /** Its row exists (or existed) but the object is not in the session any more. */
  DETACHED
}
