package dev.sluice.runtime.internal.state;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A map keyed by object identity that holds its keys weakly: an entry goes when its key is
 * garbage-collected, so remembering an object never keeps it alive. Not synchronized; its
 * owners synchronize.
 */
public final class WeakIdentityMap<V> {
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

  /**
   * Looks a key up without a reference of its own: a weak reference per lookup is work for
   * the garbage collector, and sessions look up every object they add or detach. Cleared after
   * each use so that it holds nothing.
   */
  private static final class Probe {
    private Object key;
    private int hash;

    Probe of(Object key) {
      this.key = key;
      this.hash = System.identityHashCode(key);
      return this;
    }

    void clear() {
      key = null;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Ref ref && key != null && ref.get() == key;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** Keys are {@link Ref}s; a {@link Probe} only ever looks them up. */
  private final Map<Object, V> entries = new HashMap<>();
  private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
  private final Probe probe = new Probe();
  /** Told of each value whose key was collected, or {@code null}. */
  private final Consumer<V> removals;

  public WeakIdentityMap() {
    this(null);
  }

  /** A map that tells {@code removals} of each value it drops because its key was collected. */
  public WeakIdentityMap(Consumer<V> removals) {
    this.removals = removals;
  }

  public V get(Object key) {
    purge();
    if (entries.isEmpty()) {
      return null;
    }
    V value = entries.get(probe.of(key));
    probe.clear();
    return value;
  }

  boolean containsKey(Object key) {
    purge();
    if (entries.isEmpty()) {
      return false;
    }
    boolean found = entries.containsKey(probe.of(key));
    probe.clear();
    return found;
  }

  /** Maps {@code key} to {@code value}; returns the value it replaces, or {@code null}. */
  public V put(Object key, V value) {
    purge();
    return entries.put(new Ref(key, collected), value);
  }

  V remove(Object key) {
    purge();
    if (entries.isEmpty()) {
      return null;
    }
    V value = entries.remove(probe.of(key));
    probe.clear();
    return value;
  }

  private void purge() {
    for (Object gone; (gone = collected.poll()) != null; ) {
      V value = entries.remove(gone);
      if (value != null && removals != null) {
        removals.accept(value);
      }
    }
  }
}
