package dev.sluice.runtime.internal.flush;

import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.internal.holder.Holder;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.Relation;

/** Dirty checking: compares an object's columns with its snapshot and asks its holders. */
public final class Dirt {
  private Dirt() {}

  public static boolean isModified(InstanceState state) {
    if (state.status() != ObjectState.PERSISTENT || state.snapshot() == null) {
      return true;
    }
    return changed(state) || hasRelationChanges(state);
  }

  /** Whether a column differs from the snapshot (of a persistent object, which has one). */
  static boolean changed(InstanceState state) {
    return state.type.changedSince(state.entity, state.snapshot());
  }

  static boolean hasRelationChanges(InstanceState state) {
    for (Relation<Object, ?> relation : state.type.relations()) {
      if (Holder.of(relation, state.entity).hasChanges()) {
        return true;
      }
    }
    return false;
  }
}
