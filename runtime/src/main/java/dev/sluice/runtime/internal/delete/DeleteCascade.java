package dev.sluice.runtime.internal.delete;

import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.generated.DeleteStep;
import dev.sluice.runtime.internal.state.InstanceState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Marks objects deleted and follows their DELETE cascades from the compiled delete steps:
 * children, association targets and (DELETE on a many-to-one) parents, reached as
 * {@link DeleteDecision} interprets each step's decision: loaded, left to the database, or
 * left to set-based statements, when the objects in memory a load would have found by their
 * stored keys are marked. {@code delete()} runs it (SQLAlchemy's delete() cascades at once)
 * and so does the flush, for orphans and for what was linked to a deleted object since.
 */
public final class DeleteCascade {
  private DeleteCascade() {}

  /**
   * Marks {@code root} and its cascade deleted, adding the objects it marks to {@code marked}
   * as it goes (so a failed load on the way leaves a record of what to {@link #unmark}).
   * Pending objects the cascade reaches are expunged (never inserted, nothing to delete) and
   * added to {@code expunged}. A flush marks every deleted object in turn with one
   * {@code stored}, so the session's objects are indexed once per flush, not once per deleted
   * object, and reads what it must load through its planner's {@code reads}.
   */
  public static void markDeleted(DeletingSession session, FlushReads reads, InstanceState root,
      List<InstanceState> marked, List<InstanceState> expunged, StoredChildren stored) {
    if (root.status() != ObjectState.DELETED) {
      root.markDeleted();
      marked.add(root);
    }
    if (!cascadesDelete(root.type.plan().deleteSteps())) {
      return; // most deletes: nothing to follow, no work queue
    }
    Deque<InstanceState> work = new ArrayDeque<>();
    work.push(root);
    follow(session, reads, stored, work, marked, expunged);
  }

  /** Marks as above, reading what it must load through the session's loader. */
  public static void markDeleted(DeletingSession session, InstanceState root,
      List<InstanceState> marked, List<InstanceState> expunged) {
    markDeleted(session, session.loader(), root, marked, expunged, new StoredChildren(session));
  }

  private static boolean cascadesDelete(List<DeleteStep> steps) {
    for (DeleteStep step : steps) {
      if (step.cascadesDelete()) {
        return true;
      }
    }
    return false;
  }

  /** Undoes marks: the objects are persistent again, expunged pending ones are back. */
  public static void unmark(DeletingSession session, List<InstanceState> marked,
      List<InstanceState> expunged) {
    for (InstanceState state : marked) {
      state.unmarkDeleted();
    }
    expunged.forEach(session::restorePending);
  }

  /**
   * Before a deleted object is added back (un-deleted): the rows its DELETE cascade left to the
   * set-based statements are loaded and marked now. SQLAlchemy's delete() collects the whole
   * cascade at once, so those rows stay deleted though the object itself no longer is; row by
   * row Sluice has marked them already (and set-based, those already in memory).
   */
  public static void markLeftToStatements(DeletingSession session, InstanceState state) {
    List<InstanceState> marked = new ArrayList<>();
    Deque<InstanceState> work = new ArrayDeque<>();
    List<InstanceState> expunged = new ArrayList<>();
    for (DeleteStep step : state.type.plan().deleteSteps()) {
      if (step.cascadesDelete()
          && DeleteDecision.reach(session, state, step) == DeleteDecision.Reach.STATEMENT) {
        for (Object related : DeleteDecision.objects(session.loader(), state, step,
            DeleteDecision.Reach.LOAD)) {
          mark(session, session.identityMap().state(related), work, marked, expunged);
        }
      }
    }
    follow(session, session.loader(), new StoredChildren(session), work, marked, expunged);
  }

  /** Follows the DELETE cascade of each queued object as its compiled decisions say. */
  private static void follow(DeletingSession session, FlushReads reads, StoredChildren stored,
      Deque<InstanceState> work, List<InstanceState> marked, List<InstanceState> expunged) {
    while (!work.isEmpty()) {
      InstanceState state = work.pop();
      for (DeleteStep step : state.type.plan().deleteSteps()) {
        if (!step.cascadesDelete()) {
          continue;
        }
        DeleteDecision.Reach reach = DeleteDecision.reach(session, state, step);
        for (Object related : DeleteDecision.objects(reads, state, step, reach)) {
          mark(session, session.identityMap().state(related), work, marked, expunged);
        }
        for (InstanceState child : DeleteDecision.storedChildren(state, step, reach, stored)) {
          mark(session, child, work, marked, expunged);
        }
      }
    }
  }

  /** Marks one related object deleted (a pending one is expunged) and queues its cascade. */
  private static void mark(DeletingSession session, InstanceState state, Deque<InstanceState> work,
      List<InstanceState> marked, List<InstanceState> expunged) {
    if (state == null || state.status() == ObjectState.DELETED) {
      return;
    }
    if (state.status() == ObjectState.PENDING) {
      session.detach(state);
      expunged.add(state);
      return;
    }
    state.markDeleted();
    marked.add(state);
    work.push(state);
  }
}
