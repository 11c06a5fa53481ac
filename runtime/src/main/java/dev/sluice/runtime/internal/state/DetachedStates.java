package dev.sluice.runtime.internal.state;

import dev.sluice.runtime.meta.EntityType;
import java.util.Collection;

/**
 * What a session factory remembers of objects its sessions detached: their key and last known
 * column values, so that adding one to a new session makes it persistent again rather than new.
 *
 * <p>An object with relations keeps its last session state in its relation holders, so that
 * state itself is marked as remembered: leaving a session costs no allocation and no lookup.
 * Objects without relations are remembered in a weak identity map, whose entries vanish when
 * the object is garbage-collected.
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

  /** The state an object's relation holders were last bound to. */
  private final HeldStates heldStates;
  private final WeakIdentityMap<Detached> entries = new WeakIdentityMap<>(this::dropped);
  /**
   * How many map entries are of deleted rows: while there are none, an object without
   * relations needs no lookup to answer {@link #isDeleted}.
   */
  private int deletedEntries;

  /** A memory that finds an object's last session state through {@code heldStates}. */
  public DetachedStates(HeldStates heldStates) {
    this.heldStates = heldStates;
  }

  /** Remembers the states of objects that just left a session with a row. */
  public synchronized void rememberAll(Collection<InstanceState> states) {
    rememberAll(states, false);
  }

  /** Remembers objects that left a session, whose rows a flush deleted if {@code deleted}. */
  public synchronized void rememberAll(Collection<InstanceState> states, boolean deleted) {
    for (InstanceState state : states) {
      if (Attachments.tracks(state)) {
        put(state.entity, new Detached(state.type, state.key(), state.snapshot(), deleted));
      } else {
        remember(state, deleted);
      }
    }
  }

  /** Remembers {@code detached} again for an object that {@link #take} had returned it for. */
  public synchronized void put(Object entity, Detached detached) {
    InstanceState held = heldStates.find(entity);
    if (held != null) {
      remember(held, detached.deleted);
      return;
    }
    if (detached.deleted) {
      deletedEntries++;
    }
    dropped(entries.put(entity, detached));
  }

  /** What is remembered of the object, which is forgotten; {@code null} if nothing. */
  public synchronized Detached take(Object entity) {
    InstanceState held = heldStates.find(entity);
    if (held != null) {
      if (!remembers(held)) {
        return null;
      }
      held.forgotten();
      return new Detached(held.type, held.key(), held.snapshot(), held.rememberedDeleted());
    }
    Detached taken = entries.remove(entity);
    dropped(taken);
    return taken;
  }

  /** Whether the object left a session because a flush deleted its row. */
  public synchronized boolean isDeleted(Object entity) {
    InstanceState held = heldStates.find(entity);
    if (held != null) {
      return remembers(held) && held.rememberedDeleted();
    }
    if (deletedEntries == 0) {
      return false;
    }
    Detached detached = entries.get(entity);
    return detached != null && detached.deleted;
  }

  public synchronized boolean contains(Object entity) {
    InstanceState held = heldStates.find(entity);
    return held != null ? remembers(held) : entries.containsKey(entity);
  }

  private void remember(InstanceState state, boolean deleted) {
    state.remembered(this, deleted);
  }

  /** Whether this memory remembers the state, which is in no session now. */
  private boolean remembers(InstanceState state) {
    return state.rememberedBy() == this && state.session() == null;
  }

  /** Counts out an entry that left the map (replaced, taken, or its object collected). */
  private void dropped(Detached gone) {
    if (gone != null && gone.deleted) {
      deletedEntries--;
    }
  }
}
