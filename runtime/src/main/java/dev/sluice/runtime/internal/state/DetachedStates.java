package dev.sluice.runtime.internal.state;

import dev.sluice.runtime.meta.EntityType;
import java.util.Collection;

/**
 * What a session factory remembers of objects its sessions detached: their key and last known
 * column values, so that adding one to a new session makes it persistent again rather than new.
 * Entries vanish when the object is garbage-collected.
 */
public final class DetachedStates {
  /** The remembered part of a detached object's state. */
  public static final class Detached {
    public final EntityType<Object> type;
    public final Object key;
    public final Object[] snapshot;
    /** A flush deleted its row: it cannot be added or deleted again. */
    public final boolean deleted;

    Detached(EntityType<Object> type, Object key, Object[] snapshot, boolean deleted) {
      this.type = type;
      this.key = key;
      this.snapshot = snapshot;
      this.deleted = deleted;
    }
  }

  private final WeakIdentityMap<Detached> entries = new WeakIdentityMap<>(this::dropped);
  /**
   * How many entries are of deleted rows: while there are none, the question every object
   * added to a session asks ({@link #isDeleted}) needs no lookup.
   */
  private int deletedEntries;

  /** Remembers the states of objects that just left a session with a row. */
  public synchronized void rememberAll(Collection<InstanceState> states) {
    rememberAll(states, false);
  }

  /** Remembers objects that left a session, whose rows a flush deleted if {@code deleted}. */
  public synchronized void rememberAll(Collection<InstanceState> states, boolean deleted) {
    for (InstanceState state : states) {
      put(state.entity, new Detached(state.type, state.key(), state.snapshot(), deleted));
    }
  }

  public synchronized void put(Object entity, Detached detached) {
    if (detached.deleted) {
      deletedEntries++;
    }
    dropped(entries.put(entity, detached));
  }

  public synchronized Detached take(Object entity) {
    Detached taken = entries.remove(entity);
    dropped(taken);
    return taken;
  }

  /** Counts out an entry that left the map (replaced, taken, or its object collected). */
  private void dropped(Detached gone) {
    if (gone != null && gone.deleted) {
      deletedEntries--;
    }
  }

  /** Whether the object left a session because a flush deleted its row. */
  public synchronized boolean isDeleted(Object entity) {
    if (deletedEntries == 0) {
      return false;
    }
    Detached detached = entries.get(entity);
    return detached != null && detached.deleted;
  }

  public synchronized boolean contains(Object entity) {
    return entries.containsKey(entity);
  }
}
