package dev.sluice.runtime.internal.holder;

import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.internal.state.Keys;
import dev.sluice.runtime.meta.Relation;
import java.util.Arrays;
import java.util.List;

/**
 * The rule that keeps a merged object's foreign keys and many-to-one holders in agreement:
 * a foreign key follows its holder when the holder was set; otherwise the holder follows the
 * key. A null key on a new (transient) copy counts as never set, so the session's instance
 * keeps its own, as SQLAlchemy does for an attribute the copy never set.
 */
public final class MergedKeys {
  private MergedKeys() {}

  /** Puts the target's keys into {@code values} where a new copy's many-to-one key is null. */
  public static void keepUnsetKeys(EntityModel<Object> type, Object target, Object[] values) {
    for (Relation<Object, ?> relation : type.relations()) {
      if (relation.direction() != Relation.Direction.MANY_TO_ONE) {
        continue;
      }
      int[] columns = relation.ownerColumns();
      boolean unset = true;
      for (int column : columns) {
        unset &= values[column] == null;
      }
      if (unset) {
        for (int column : columns) {
          values[column] = type.get(target, column);
        }
      }
    }
  }

  /**
   * After a merge left a many-to-one of the target as it was: a holder the session changed
   * gives the key; an unchanged loaded holder that names another row than the key is unloaded,
   * to load from the key on next use.
   */
  public static void align(Relation<Object, ?> relation, Object target) {
    if (relation.direction() != Relation.Direction.MANY_TO_ONE) {
      return;
    }
    Holder<?> holder = Holder.of(relation, target);
    if (!holder.isLoaded()) {
      return;
    }
    List<?> members = holder.members();
    Object parent = members.isEmpty() ? null : members.get(0);
    if (holder.hasChanges()) {
      if (parent == null) {
        Keys.clearOwnerKey(relation, target);
      } else {
        Keys.followLinked(relation, target, parent);
      }
      return;
    }
    Object[] key = Keys.ownerKey(relation, target);
    Object[] parentKey = parent == null ? null
        : Keys.targetKey(relation, parent);
    if (!Arrays.equals(key, parentKey)) {
      holder.unload();
    }
  }
}
