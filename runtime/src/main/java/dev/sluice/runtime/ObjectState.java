package dev.sluice.runtime;

/** Where an object stands with respect to a session, as in SQLAlchemy. */
public enum ObjectState {
  /** Not in the session and never persisted by it. */
  TRANSIENT,
  /** Added to the session, not yet inserted. */
  PENDING,
  /** In the session with a row in the database. */
  PERSISTENT,
  /** Marked for deletion; its row goes at the next flush. */
  DELETED,
  /** Its row exists (or existed) but the object is not in the session any more. */
  DETACHED
}
