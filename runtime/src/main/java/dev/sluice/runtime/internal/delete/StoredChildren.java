package dev.sluice.runtime.internal.delete;

import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.internal.holder.Holder;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The session's persistent objects whose row, as last read or written, references an owner
 * through a one-to-many: what loading the owner's collection would find among the objects in
 * memory. Indexed once per relation, and only when the session holds objects of its target.
 */
public final class StoredChildren {
  private final DeletingSession session;
  private final Map<Relation<Object, Object>, Map<List<Object>, List<InstanceState>>> byKey =
      new HashMap<>();
  /** The session's changes when the indexes were built: a load on the way makes them stale. */
  private long indexedAt = -1;

  public StoredChildren(DeletingSession session) {
    this.session = session;
  }

  /**
   * The objects of the session whose stored foreign key is the owner's stored key, less those
   * the owner's collection has unlinked since (a loaded collection leaves them out as well).
   */
  List<InstanceState> of(InstanceState owner, Relation<Object, Object> relation) {
    if (!session.identityMap().holdsAny(relation.target()) || owner.snapshot() == null) {
      return List.of();
    }
    List<Object> key = stored(owner.snapshot(), relation.ownerColumns());
    if (key == null) {
      return List.of();
    }
    if (indexedAt != session.identityMap().changes()) {
      byKey.clear();
      indexedAt = session.identityMap().changes();
    }
    List<InstanceState> found = byKey.computeIfAbsent(relation, this::index)
        .getOrDefault(key, List.of());
    if (found.isEmpty()) {
      return found;
    }
    Holder<Object> holder = Holder.of(relation, owner.entity);
    List<InstanceState> children = new ArrayList<>(found.size());
    for (InstanceState state : found) {
      if (!holder.removed().contains(state.entity)) {
        children.add(state);
      }
    }
    return children;
  }

  private Map<List<Object>, List<InstanceState>> index(Relation<Object, Object> relation) {
    int[] columns = relation.targetColumns();
    Map<List<Object>, List<InstanceState>> index = new HashMap<>();
    for (InstanceState state : session.identityMap().view()) {
      // the target's objects, of its subclasses too
      if (!relation.target().javaType().isInstance(state.entity)
          || state.status() != ObjectState.PERSISTENT
          || state.snapshot() == null) {
        continue;
      }
      List<Object> key = stored(state.snapshot(), columns);
      if (key != null) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(state);
      }
    }
    return index;
  }

  /** The values of {@code columns} in a stored row, or {@code null} if one is null. */
  private static List<Object> stored(Object[] row, int[] columns) {
    Object[] key = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      key[i] = row[columns[i]];
      if (key[i] == null) {
        return null;
      }
    }
    return Arrays.asList(key);
  }
}
