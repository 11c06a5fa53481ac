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
    return changedColumns(state).length > 0 || hasRelationChanges(state);
  }

  static int[] changedColumns(InstanceState state) {
    return state.type.changedColumns(state.snapshot(), state.type.snapshot(state.entity));
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
