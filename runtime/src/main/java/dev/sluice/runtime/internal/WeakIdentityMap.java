package dev.sluice.runtime.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * A map keyed by object identity that holds its keys weakly: an entry goes when its key is
 * garbage-collected, so remembering an object never keeps it alive. Not synchronized; its
 * owners synchronize.
 */
final class WeakIdentityMap<V> {
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
        return true; // how a collected key finds itself to be removed
      }
      Object referent = get();
      return other instanceof Ref ref && referent != null && referent == ref.get();
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private final Map<Ref, V> entries = new HashMap<>();
  private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

  V get(Object key) {
    purge();
    return entries.get(new Ref(key, null));
  }

  boolean containsKey(Object key) {
    purge();
    return entries.containsKey(new Ref(key, null));
  }

  void put(Object key, V value) {
    purge();
    entries.put(new Ref(key, collected), value);
  }

  V remove(Object key) {
    purge();
    return entries.remove(new Ref(key, null));
  }

  private void purge() {
    for (Object gone; (gone = collected.poll()) != null; ) {
      entries.remove(gone);
    }
  }
}
