package dev.sluice.runtime.internal.holder;

import dev.sluice.runtime.internal.state.WeakIdentityMap;
import dev.sluice.runtime.meta.Relation;
import java.lang.ref.WeakReference;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The owner that last linked each target of one single-parent relation without a backref: the
 * target has no field to say who holds it, so this remembers it (as SQLAlchemy keeps a
 * "has parent" flag on the target's state). Both sides are held weakly, so nothing is kept
 * alive by being remembered here; shared by every session, so access is synchronized.
 */
final class LastParents {
  /** One per single-parent relation; relations are constants of the generated metamodels. */
  private static final Map<Relation<?, ?>, LastParents> BY_RELATION = new IdentityHashMap<>();

  private final WeakIdentityMap<WeakReference<Object>> owners = new WeakIdentityMap<>();

  /** The last parents of the targets of {@code relation}. */
  static LastParents of(Relation<?, ?> relation) {
    synchronized (BY_RELATION) {
      return BY_RELATION.computeIfAbsent(relation, r -> new LastParents());
    }
  }

  /** The owner that last linked {@code target}, or {@code null}. */
  public synchronized Object ownerOf(Object target) {
    WeakReference<Object> owner = owners.get(target);
    return owner == null ? null : owner.get();
  }

  /** Records that {@code owner} linked {@code target}. */
  public synchronized void linked(Object target, Object owner) {
    owners.put(target, new WeakReference<>(owner));
  }
}
