package dev.sluice.runtime.internal;

/**
 * Runs flushes: plans the unit of work, executes it inside a savepoint that also covers the
 * SELECTs the plan needs, and applies the result to the objects only if every statement and
 * the release succeeded; otherwise the savepoint is rolled back and the session keeps its
 * pending changes exactly as they were.
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
    UnitOfWork[] planned = new UnitOfWork[1];
    try {
      session.inSavepoint(SAVEPOINT, "flush", () -> {
        planned[0] = UnitOfWork.plan(session); // undoes its own marks if planning fails
        if (!planned[0].isEmpty()) {
          new FlushExecution(session, planned[0]).run();
        }
        return null;
      });
    } catch (RuntimeException e) {
      if (planned[0] != null) {
        planned[0].undoMarks();
      }
      throw e;
    }
    if (!planned[0].isEmpty()) {
      FlushResult.apply(session, planned[0]);
    }
  }
}
