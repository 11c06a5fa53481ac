package dev.sluice.runtime.internal;

import java.lang.ref.WeakReference;

/**
 * The owner that last linked each target of one single-parent relation without a backref: the
 * target has no field to say who holds it, so this remembers it (as SQLAlchemy keeps a
 * "has parent" flag on the target's state). Both sides are held weakly, so nothing is kept
 * alive by being remembered here; shared by every session, so access is synchronized.
 */
public final class LastParents {
  private final WeakIdentityMap<WeakReference<Object>> owners = new WeakIdentityMap<>();

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
