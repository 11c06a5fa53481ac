package dev.sluice.runtime.internal;

import dev.sluice.runtime.meta.EntityType;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What a session factory remembers of objects its sessions detached: their key and last known
 * column values, so that adding one to a new session makes it persistent again rather than new.
 * Entries vanish when the object is garbage-collected.
 */
public final class DetachedStates {
  /** The remembered part of a detached object's state. */
  static final class Detached {
    final EntityType<Object> type;
    final Object key;
    final Object[] snapshot;
    /** A flush deleted its row: it cannot be added or deleted again. */
    final boolean deleted;

    Detached(EntityType<Object> type, Object key, Object[] snapshot, boolean deleted) {
      this.type = type;
      this.key = key;
      this.snapshot = snapshot;
      this.deleted = deleted;
    }
  }

  /** A weak reference compared by the identity of its referent. */
  private static final class Ref extends WeakReference<Object> {
    private final int hash;

    Ref(Object referent, ReferenceQueue<Object> queue) {
      super(referent, queue);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Ref)) {
        return false;
      }
      Object referent = get();
      return referent != null && referent == ((Ref) other).get();
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private final Map<Ref, Detached> entries = new HashMap<>();
  private final ReferenceQueue<Object> queue = new ReferenceQueue<>();

  /** Remembers the states of objects that just left a session with a row. */
  synchronized void rememberAll(Collection<InstanceState> states) {
    rememberAll(states, false);
  }

  /** Remembers objects that left a session, whose rows a flush deleted if {@code deleted}. */
  synchronized void rememberAll(Collection<InstanceState> states, boolean deleted) {
    expungeCollected();
    for (InstanceState state : states) {
      entries.put(new Ref(state.entity, queue),
          new Detached(state.type, state.key, state.snapshot, deleted));
    }
  }

  synchronized void put(Object entity, Detached detached) {
    expungeCollected();
    entries.put(new Ref(entity, queue), detached);
  }

  synchronized Detached take(Object entity) {
    expungeCollected();
    return entries.remove(new Ref(entity, null));
  }

  /** Whether the object left a session because a flush deleted its row. */
  synchronized boolean isDeleted(Object entity) {
    expungeCollected();
    Detached detached = entries.get(new Ref(entity, null));
    return detached != null && detached.deleted;
  }

  synchronized boolean contains(Object entity) {
    expungeCollected();
    return entries.containsKey(new Ref(entity, null));
  }

  private void expungeCollected() {
    for (Object ref; (ref = queue.poll()) != null; ) {
      entries.remove(ref);
    }
  }
}
