package dev.sluice.runtime.internal;

import org.jdbi.v3.core.Handle;

/**
 * Runs flushes: plans the unit of work, executes it inside a savepoint, and applies the result
 * to the objects only if every statement succeeded; otherwise the savepoint is rolled back and
 * the session keeps its pending changes exactly as they were.
 */
final class Flusher {
  private static final String SAVEPOINT = "sluice_flush";

  private final SessionImpl session;
  private boolean flushing;

  Flusher(SessionImpl session) {
    this.session = session;
  }

  void flush() {
    if (flushing) {
      return;
    }
    flushing = true;
    try {
      session.suspendAutoflush(this::flushOnce);
    } finally {
      flushing = false;
    }
  }

  private void flushOnce() {
    UnitOfWork work = UnitOfWork.plan(session);
    if (work.isEmpty()) {
      return;
    }
    Handle handle = session.handle();
    handle.savepoint(SAVEPOINT);
    try {
      new FlushExecution(session, work).run();
    } catch (RuntimeException e) {
      handle.rollbackToSavepoint(SAVEPOINT); // Jdbi forgets the savepoint once rolled back to
      work.undoMarks();
      throw e;
    }
    handle.releaseSavepoint(SAVEPOINT);
    FlushResult.apply(session, work);
  }
}
