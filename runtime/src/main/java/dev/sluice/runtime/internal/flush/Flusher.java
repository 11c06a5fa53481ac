package dev.sluice.runtime.internal.flush;


/**
 * Runs flushes: plans the unit of work, executes it inside a savepoint that also covers the
 * SELECTs the plan needs, and applies the result to the objects only if every statement and
 * the release succeeded; otherwise the savepoint is rolled back and the session keeps its
 * pending changes exactly as they were.
 */
public final class Flusher {
  private static final String SAVEPOINT = "sluice_flush";
  /** A bound on commit's flushes; two suffice, since a flush clears the links that defer. */
  private static final int MAX_COMMIT_FLUSHES = 10;

  private final FlushingSession session;
  private boolean flushing;

  public Flusher(FlushingSession session) {
    this.session = session;
  }

  public void flush() {
    flush(1);
  }

  /**
   * Flushes until no delete is deferred (see {@code UnitOfWork.deferNewlyLinkedDeletes}), as
   * SQLAlchemy's commit flushes until the session is clean; the second flush finds no new
   * links left, so it deletes what the first one deferred.
   */
  public void flushForCommit() {
    flush(MAX_COMMIT_FLUSHES);
  }

  private void flush(int times) {
    if (flushing) {
      return;
    }
    flushing = true;
    try {
      session.suspendAutoflush(() -> {
        boolean deferred = true;
        for (int i = 0; i < times && deferred; i++) {
          deferred = flushOnce();
        }
      });
    } finally {
      flushing = false;
    }
  }

  /**
   * One flush, one way: plan the work (the only step that may read rows), execute it inside
   * the savepoint, then apply its outcome to the objects; whether it deferred a delete to the
   * next flush.
   */
  private boolean flushOnce() {
    FlushWork[] planned = new FlushWork[1];
    FlushOutcome[] outcome = new FlushOutcome[1];
    try {
      session.inSavepoint(SAVEPOINT, "flush", () -> {
        planned[0] = UnitOfWork.plan(session); // undoes its own marks if planning fails
        if (!planned[0].isEmpty()) {
          outcome[0] = new FlushExecution(session, planned[0]).run();
          session.rowsWritten();
        }
        return null;
      });
    } catch (RuntimeException e) {
      if (planned[0] != null) {
        UnitOfWork.undoMarks(session, planned[0].marks());
        planned[0].forgetWrites();
      }
      throw e;
    }
    FlushWork work = planned[0];
    if (outcome[0] != null) {
      FlushResult.apply(session, work, outcome[0]);
    }
    UnitOfWork.markDeferredDeletes(work.marks());
    return !work.marks().deferredDeletes().isEmpty();
  }
}
