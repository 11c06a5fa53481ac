package dev.sluice.runtime.internal;

import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.meta.DeleteStep;
import dev.sluice.runtime.meta.Relation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Marks objects deleted and follows their DELETE cascades from the compiled delete steps:
 * children, association targets and (DELETE on a many-to-one) parents. Unloaded relations are
 * loaded, unless passive deletes leave them to the database or set-based statements to the
 * flush; then the objects in memory a load would have found by their stored keys are marked.
 */
final class DeleteCascade {
  private DeleteCascade() {}

  /**
   * Marks {@code root} and its cascade deleted; returns the objects this call marked. Pending
   * objects the cascade reaches are expunged (never inserted, nothing to delete) and added to
   * {@code expunged}. A flush marks every deleted object in turn with one {@code stored}, so
   * the session's objects are indexed once per flush, not once per deleted object.
   */
  static List<InstanceState> markDeleted(SessionImpl session, InstanceState root,
      List<InstanceState> expunged, StoredChildren stored) {
    List<InstanceState> marked = new ArrayList<>();
    markDeleted(session, root, marked, expunged, stored);
    return marked;
  }

  /**
   * Marks {@code root} and its cascade deleted, adding to {@code marked} as it goes, so that a
   * failed load on the way leaves a record of what to {@link #unmark}.
   */
  static void markDeleted(SessionImpl session, InstanceState root, List<InstanceState> marked,
      List<InstanceState> expunged) {
    markDeleted(session, root, marked, expunged, new StoredChildren(session));
  }

  private static void markDeleted(SessionImpl session, InstanceState root,
      List<InstanceState> marked, List<InstanceState> expunged, StoredChildren stored) {
    Deque<InstanceState> work = new ArrayDeque<>();
    if (root.status() != ObjectState.DELETED) {
      root.markDeleted();
      marked.add(root);
    }
    work.push(root);
    follow(session, stored, work, marked, expunged);
  }

  /** Undoes marks: the objects are persistent again, expunged pending ones are back. */
  static void unmark(SessionImpl session, List<InstanceState> marked,
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
  static void markLeftToStatements(SessionImpl session, InstanceState state) {
    List<InstanceState> marked = new ArrayList<>();
    Deque<InstanceState> work = new ArrayDeque<>();
    List<InstanceState> expunged = new ArrayList<>();
    for (DeleteStep step : state.type.plan().deleteSteps()) {
      Relation<Object, Object> relation = relation(step);
      if (cascades(step) && SetDeletes.applies(session, state, relation)) {
        cascade(session, state, relation, false, work, marked, expunged);
      }
    }
    follow(session, new StoredChildren(session), work, marked, expunged);
  }

  private static void follow(SessionImpl session, StoredChildren stored,
      Deque<InstanceState> work, List<InstanceState> marked, List<InstanceState> expunged) {
    while (!work.isEmpty()) {
      InstanceState state = work.pop();
      for (DeleteStep step : state.type.plan().deleteSteps()) {
        if (cascades(step)) {
          Relation<Object, Object> relation = relation(step);
          // Unloaded rows are left to the database's ON DELETE (passive deletes) or to the
          // compiled set-based statements the flush runs; only objects in memory are marked.
          boolean setBased = SetDeletes.applies(session, state, relation);
          boolean leaveUnloaded = relation.passiveDeletes() != Relation.PassiveDeletes.OFF
              || setBased;
          cascade(session, state, relation, leaveUnloaded, work, marked, expunged);
          if (setBased && relation.foreignKeyOnTarget()) {
            // Loading the collection would have found these among the objects in memory; a
            // statement alone would miss one whose row a later change in memory moves away.
            for (InstanceState child : stored.of(state, relation)) {
              mark(session, child, work, marked, expunged);
            }
          }
        }
      }
    }
  }

  private static boolean cascades(DeleteStep step) {
    return step.kind() == DeleteStep.Kind.DELETE_CHILDREN
        || step.kind() == DeleteStep.Kind.UNLINK_AND_DELETE
        || step.kind() == DeleteStep.Kind.DELETE_PARENT;
  }

  private static void cascade(SessionImpl session, InstanceState owner,
      Relation<Object, Object> relation, boolean leaveUnloaded, Deque<InstanceState> work,
      List<InstanceState> marked, List<InstanceState> expunged) {
    for (Object related : session.loader.related(owner, relation, leaveUnloaded)) {
      mark(session, session.identityMap.state(related), work, marked, expunged);
    }
  }

  /** Marks one related object deleted (a pending one is expunged) and queues its cascade. */
  private static void mark(SessionImpl session, InstanceState state, Deque<InstanceState> work,
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

  @SuppressWarnings("unchecked")
  static Relation<Object, Object> relation(DeleteStep step) {
    return (Relation<Object, Object>) step.relation();
  }
}
