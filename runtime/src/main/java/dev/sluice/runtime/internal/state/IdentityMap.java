package dev.sluice.runtime.internal.state;

import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.meta.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects of one session: by instance, and the persistent ones by (type, primary key). An
 * object with relations is found through the state its holders keep (bound on arrival); only
 * objects without relations are indexed by identity here.
 */
public final class IdentityMap {
  /** The states of objects without relation holders (which {@link HeldStates} cannot find). */
  private final Map<Object, InstanceState> byEntity = new IdentityHashMap<>();
  /** Per hierarchy (by its root type, found by identity): its count and keyed states. */
  private final Map<EntityType<?>, Hierarchy> hierarchies = new IdentityHashMap<>();
  /** The type last asked about and its hierarchy: a run of one type skips the lookup. */
  private EntityType<?> lastType;
  private Hierarchy lastHierarchy;
  /**
   * The same states in order of arrival, so flushes write rows in a stable order: an array
   * with {@code null} holes where states left, each state knowing its slot (no second hash
   * entry per object a session holds).
   */
  private final ArrivalOrder ordered = new ArrivalOrder();
  /**
   * The states whose relation holders linked or unlinked something since the last flush (some
   * may have left since), so a flush looks at those rather than at every object it holds; the
   * token each listed state is marked with, replaced when a flush empties the list.
   */
  private List<InstanceState> linkChanges = new ArrayList<>();
  private Object linkChangesToken = new Object();
  /**
   * {@link #withLinkChanges}'s last answer, which a flush asks for several times: valid while
   * no state arrived or left ({@link #changes}) and none was listed since.
   */
  private List<InstanceState> linkChangesSorted;
  private long sortedAtChanges;
  private int sortedFrom;
  /** Counts arrivals and departures, so an index built over the states can tell it is stale. */
  private long changes;
  private final SessionContext session;
  private final HeldStates heldStates;

  public IdentityMap(SessionContext session, HeldStates heldStates) {
    this.session = session;
    this.heldStates = heldStates;
  }

  /** The object's state in this session, or {@code null}. */
  public InstanceState state(Object entity) {
    InstanceState held = heldStates.find(entity);
    if (held != null) {
      return ordered.contains(held) ? held : null;
    }
    return byEntity.isEmpty() ? null : byEntity.get(entity);
  }

  /** The session's object with this key, or {@code null}. */
  public InstanceState find(EntityType<?> type, Object id) {
    return id == null ? null : hierarchy(type).byKey.get(id);
  }

  /**
   * The session's object with this key if it is an object of {@code type}: in a hierarchy the
   * key may belong to an object of a sibling class, which a relation to {@code type} cannot hold.
   */
  public InstanceState findInstance(EntityType<?> type, Object id) {
    InstanceState state = find(type, id);
    return state == null || type.javaType().isInstance(state.entity) ? state : null;
  }

  /** Adds the state; an object with relations has its holders bound to it. */
  public void add(InstanceState state) {
    add(state, false);
  }

  /** Adds the state of an object just read: its holders are bound and made unloaded. */
  public void addLoaded(InstanceState state) {
    add(state, true);
  }

  private void add(InstanceState state, boolean loaded) {
    if (!Attachments.tracks(state)) {
      if (heldStates.bind(state, loaded)) {
        linksChanged(state); // linked before it arrived
      }
    } else if (byEntity.put(state.entity, state) == null) {
      Attachments.attached(state.entity, session);
    }
    if (ordered.add(state)) {
      hierarchy(state.type).count++;
      changes++;
    }
    if (state.key() != null) {
      hierarchy(state.type).byKey.put(state.key(), state);
    }
  }

  /** The objects of one class hierarchy here: how many, and the persistent ones by key. */
  private static final class Hierarchy {
    int count;
    final Map<Object, InstanceState> byKey = new HashMap<>();
  }

  private Hierarchy hierarchy(EntityType<?> type) {
    if (type != lastType) {
      lastHierarchy = hierarchies.computeIfAbsent(root(type), root -> new Hierarchy());
      lastType = type;
    }
    return lastHierarchy;
  }

  /** The classes of a hierarchy share their root's keys (and counts). */
  private static EntityType<?> root(EntityType<?> type) {
    return EntityModel.of(type).identityRoot();
  }

  /**
   * Re-files a state under its (new) key. Its old key may already file another state: two
   * objects that swapped keys are re-filed one after the other.
   */
  public void rekey(InstanceState state, Object newKey) {
    if (state.key() != null) {
      hierarchy(state.type).byKey.remove(state.key(), state);
    }
    state.rekeyed(newKey);
    if (newKey != null) {
      hierarchy(state.type).byKey.put(newKey, state);
    }
  }

  public void remove(InstanceState state) {
    if (Attachments.tracks(state) && byEntity.remove(state.entity) != null) {
      Attachments.detached(state.entity, session);
    }
    if (ordered.remove(state)) {
      hierarchy(state.type).count--;
      changes++;
    }
    if (state.key() != null) {
      hierarchy(state.type).byKey.remove(state.key(), state);
    }
  }

  /** Every state, in order of arrival. */
  public List<InstanceState> all() {
    return new ArrayList<>(ordered);
  }

  /** How many states here have the given status. */
  public int count(ObjectState status) {
    return ordered.count(status);
  }

  /** The states with the given status, in order of arrival. */
  public List<InstanceState> withStatus(ObjectState status) {
    int count = ordered.count(status);
    List<InstanceState> states = new ArrayList<>(count);
    if (count == 0) {
      return states;
    }
    for (InstanceState state : ordered) {
      if (state.status() == status) {
        states.add(state);
        if (states.size() == count) {
          break; // the rest have other statuses
        }
      }
    }
    return states;
  }

  /** A relation holder of the state's object linked or unlinked something. */
  public void linksChanged(InstanceState state) {
    if (state.linkChangesListedIn != linkChangesToken) {
      state.linkChangesListedIn = linkChangesToken;
      linkChanges.add(state);
    }
  }

  /**
   * The states here whose holders may have links not flushed yet, in order of arrival: every
   * state with such changes is among them (a flush reads these instead of every state).
   */
  public List<InstanceState> withLinkChanges() {
    if (linkChangesSorted == null || sortedAtChanges != changes
        || sortedFrom != linkChanges.size()) {
      List<InstanceState> states = new ArrayList<>(linkChanges.size());
      boolean sorted = true; // as when objects are added and linked in one pass
      int lastSlot = -1;
      for (InstanceState state : linkChanges) {
        if (ordered.contains(state)) {
          states.add(state);
          sorted &= state.arrivalSlot > lastSlot;
          lastSlot = state.arrivalSlot;
        }
      }
      if (!sorted) {
        inArrivalOrder(states);
      }
      linkChangesSorted = states;
      sortedAtChanges = changes;
      sortedFrom = linkChanges.size();
    }
    return new ArrayList<>(linkChangesSorted);
  }

  /** Sorts states that are here in their order of arrival; returns the list. */
  public List<InstanceState> inArrivalOrder(List<InstanceState> states) {
    states.sort((a, b) -> Integer.compare(a.arrivalSlot, b.arrivalSlot));
    return states;
  }

  /** A flush cleared the link changes of every state {@link #withLinkChanges} named. */
  public void linkChangesFlushed() {
    linkChanges = new ArrayList<>();
    linkChangesToken = new Object();
    linkChangesSorted = null;
  }

  /** How many times a state arrived or left; unchanged means the same states. */
  public long changes() {
    return changes;
  }

  /** Whether the session holds any object of the type (or of its hierarchy). */
  public boolean holdsAny(EntityType<?> type) {
    return hierarchy(type).count > 0;
  }

  /** Every state, in order of arrival, as a read-only view. */
  public Collection<InstanceState> view() {
    return Collections.unmodifiableCollection(ordered);
  }

  public int size() {
    return ordered.size();
  }

  /** Forgets every state at once (cheaper than removing them one by one). */
  public void clear() {
    for (Object entity : byEntity.keySet()) { // objects with holders were never attached here
      Attachments.detached(entity, session);
    }
    byEntity.clear();
    hierarchies.clear();
    lastType = null;
    lastHierarchy = null;
    ordered.clear();
    linkChangesFlushed();
    changes++;
  }
}
