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
 * loaded, unless passive deletes leave them to the database.
 */
final class DeleteCascade {
  private DeleteCascade() {}

  /**
   * Marks {@code root} and its cascade deleted; returns the objects this call marked. Pending
   * objects the cascade reaches are expunged (never inserted, nothing to delete) and added to
   * {@code expunged}.
   */
  static List<InstanceState> markDeleted(SessionImpl session, InstanceState root,
      List<InstanceState> expunged) {
    List<InstanceState> marked = new ArrayList<>();
    Deque<InstanceState> work = new ArrayDeque<>();
    if (root.status != ObjectState.DELETED) {
      root.status = ObjectState.DELETED;
      marked.add(root);
    }
    work.push(root);
    while (!work.isEmpty()) {
      InstanceState state = work.pop();
      for (DeleteStep step : state.type.plan().deleteSteps()) {
        if (step.kind() == DeleteStep.Kind.DELETE_CHILDREN
            || step.kind() == DeleteStep.Kind.UNLINK_AND_DELETE
            || step.kind() == DeleteStep.Kind.DELETE_PARENT) {
          cascade(session, state, relation(step), work, marked, expunged);
        }
      }
    }
    return marked;
  }

  private static void cascade(SessionImpl session, InstanceState owner,
      Relation<Object, Object> relation, Deque<InstanceState> work, List<InstanceState> marked,
      List<InstanceState> expunged) {
    // Unloaded rows are left to the database's ON DELETE (passive deletes) or to the
    // compiled set-based statements the flush runs; only objects in memory are marked here.
    boolean leaveUnloaded = relation.passiveDeletes() != Relation.PassiveDeletes.OFF
        || SetDeletes.applies(session, owner, relation);
    for (Object related : session.loader.related(owner, relation, leaveUnloaded)) {
      InstanceState state = session.identityMap.state(related);
      if (state == null || state.status == ObjectState.DELETED) {
        continue;
      }
      if (state.status == ObjectState.PENDING) {
        session.detach(state);
        expunged.add(state);
        continue;
      }
      state.status = ObjectState.DELETED;
      marked.add(state);
      work.push(state);
    }
  }

  @SuppressWarnings("unchecked")
  static Relation<Object, Object> relation(DeleteStep step) {
    return (Relation<Object, Object>) step.relation();
  }
}
