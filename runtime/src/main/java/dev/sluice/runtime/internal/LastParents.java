package dev.sluice.runtime.internal;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * The owner that last linked each target of one single-parent relation without a backref: the
 * target has no field to say who holds it, so this remembers it (as SQLAlchemy keeps a
 * "has parent" flag on the target's state). Both sides are held weakly, so nothing is kept
 * alive by being remembered here; shared by every session, so access is synchronized.
 */
public final class LastParents {
  private final Map<Key, WeakReference<Object>> owners = new HashMap<>();
  private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

  /** A target compared by identity, dropped from the map once the target is collected. */
  private static final class Key extends WeakReference<Object> {
    private final int hash;

    Key(Object target, ReferenceQueue<Object> queue) {
      super(target, queue);
      this.hash = System.identityHashCode(target);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key && ((Key) other).get() == get() && get() != null;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** The owner that last linked {@code target}, or {@code null}. */
  public synchronized Object ownerOf(Object target) {
    purge();
    WeakReference<Object> owner = owners.get(new Key(target, null));
    return owner == null ? null : owner.get();
  }

  /** Records that {@code owner} linked {@code target}. */
  public synchronized void linked(Object target, Object owner) {
    purge();
    owners.put(new Key(target, collected), new WeakReference<>(owner));
  }

  private void purge() {
    for (Reference<?> gone = collected.poll(); gone != null; gone = collected.poll()) {
      owners.remove(gone);
    }
  }
}
