package dev.sluice.runtime.internal;

import dev.sluice.annotations.Cascade;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.internal.delete.DeleteCascade;
import dev.sluice.runtime.internal.holder.CollectionHolder;
import dev.sluice.runtime.internal.holder.Holder;
import dev.sluice.runtime.internal.holder.MergedKeys;
import dev.sluice.runtime.internal.holder.RefHolder;
import dev.sluice.runtime.internal.state.Attachments;
import dev.sluice.runtime.internal.state.DetachedStates;
import dev.sluice.runtime.internal.state.IdentitySet;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.internal.state.SessionContext;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The session operations that follow relations: add (SAVE_UPDATE), expunge, merge, refresh and
 * expire. Only what is in memory is followed; nothing is loaded to cascade.
 */
final class Cascades {
  private final SessionImpl session;

  Cascades(SessionImpl session) {
    this.session = session;
  }

  /**
   * Adds an object and everything it reaches through SAVE_UPDATE relations. As in SQLAlchemy,
   * the cascade stops at objects already in the session: they and what lies behind them keep
   * their state (a pending delete among them stays pending). What must be refused is found by
   * the walk, before anything enters the session; what it reached is attached after it.
   */
  void add(Object root) {
    for (Object entity : reachForAdd(root)) {
      attachReached(entity, entity == root);
    }
  }

  /**
   * The walk of {@link #add}, checking only: the root and what it reaches that is not in the
   * session yet, in the order they are to be attached.
   */
  private List<Object> reachForAdd(Object root) {
    List<Object> reached = new ArrayList<>();
    Deque<Object> work = new ArrayDeque<>();
    IdentitySet<Object> seen = new IdentitySet<>();
    work.push(root);
    while (!work.isEmpty()) {
      Object entity = work.pop();
      if (!seen.add(entity)) {
        continue;
      }
      EntityType<Object> type = typeOf(entity);
      InstanceState state = session.identityMap.state(entity);
      if (state != null && entity != root) {
        continue;
      }
      if (state == null) {
        refuseIfInAnotherSession(entity);
      }
      reached.add(entity);
      for (Relation<Object, ?> relation : type.relations()) {
        if (relation.cascades(Cascade.SAVE_UPDATE)) {
          Holder<?> holder = Holder.of(relation, entity);
          for (Object member : holder.members()) {
            refuseIfDeletedByAFlush(member, relation, entity);
            work.add(member);
          }
          // As SQLAlchemy, what was unlinked (from a detached owner) comes too: it may be an
          // orphan to delete; unless a flush deleted it already.
          for (Object unlinked : holder.removed()) {
            if (!deletedByAFlush(unlinked)) {
              work.add(unlinked);
            }
          }
        }
      }
    }
    return reached;
  }

  /** Attaches one object {@link #reachForAdd} reached, or re-adopts the root already in. */
  private void attachReached(Object entity, boolean isRoot) {
    InstanceState state = session.identityMap.state(entity);
    if (state != null && !isRoot) {
      return; // entered the session since the walk (it cannot, but keep the walk's rule)
    }
    if (state == null) {
      state = reattachDetached(entity);
      if (state == null) {
        state = session.attach(entity, typeOf(entity), ObjectState.PENDING);
        state.enteredNew();
      }
    } else {
      state.adopted(); // added again on purpose: no longer an orphan to drop
    }
    if (state.status() == ObjectState.DELETED) {
      if (session.transaction().isDeletedAgain(entity)) {
        throw new InvalidRequestException(state.describe() + " was deleted by a flush of"
            + " this transaction, so there is no row to keep: rollback() brings it back");
      }
      undelete(state);
    }
  }

  /**
   * A relation loaded before a flush deleted one of its members (a detached owner's, which
   * that flush could not update) would bring the deleted object back: refused, as SQLAlchemy
   * refuses to add an instance that has been deleted.
   */
  private void refuseIfDeletedByAFlush(Object member, Relation<Object, ?> relation,
      Object owner) {
    if (deletedByAFlush(member)) {
      throw new InvalidRequestException(describe(member) + " held by " + relation
          + " of " + describe(owner) + " was deleted by a flush after that relation was"
          + " loaded: remove it from there before adding " + describe(owner)
          + (session.transaction().isFlushedDelete(member)
              ? " (or rollback(), which brings the deleted row back)" : ""));
    }
  }

  private boolean deletedByAFlush(Object entity) {
    return session.identityMap.state(entity) == null
        && session.detachedStates().isDeleted(entity);
  }

  /**
   * Adding a deleted object un-deletes it, as in SQLAlchemy; what its DELETE cascade reached
   * stays deleted, including rows left to set-based statements, which are read now.
   */
  private void undelete(InstanceState state) {
    session.read(() -> {
      session.suspendAutoflush(() -> DeleteCascade.markLeftToStatements(session, state));
      return null;
    });
    state.unmarkDeleted();
  }

  /**
   * An object belongs to one session at a time, as in SQLAlchemy. Its relation holders know the
   * session it is in; an entity without relations is found in the {@link Attachments} record.
   */
  void refuseIfInAnotherSession(Object entity) {
    EntityType<Object> type = typeOf(entity);
    if (type.relations().isEmpty()) {
      SessionContext other = Attachments.sessionOf(entity);
      if (other != null && other != session) {
        refuseInAnother(describe(entity));
      }
      return;
    }
    InstanceState other = Holder.heldState(type, entity);
    if (other != null && other.session() != null && other.session() != session) {
      refuseInAnother(other.describe());
    }
  }

  private static void refuseInAnother(String what) {
    throw new InvalidRequestException(what + " is already in another session: expunge it there"
        + " (or close that session) first, or merge() it into this one");
  }

  /** Makes a detached object persistent again in this session, or returns {@code null}. */
  InstanceState reattachDetached(Object entity) {
    DetachedStates.Detached detached = session.detachedStates().take(entity);
    if (detached == null) {
      return null;
    }
    if (detached.deleted) {
      session.detachedStates().put(entity, detached);
      throw new InvalidRequestException(session.describe(entity) + " was deleted by a flush"
          + (session.transaction().isFlushedDelete(entity)
              ? " of this transaction: rollback() brings it back"
              : ": to write its row again, merge() it, which inserts a copy"));
    }
    if (session.identityMap.find(detached.type, detached.key) != null) {
      session.detachedStates().put(entity, detached);
      throw new InvalidRequestException("Another " + detached.type.name() + " with key "
          + detached.key + " is already in this session: merge() this copy instead of adding it");
    }
    InstanceState state = session.attach(entity, detached.type, ObjectState.PERSISTENT);
    session.identityMap.rekey(state, detached.key);
    state.loaded(detached.snapshot);
    session.transaction().resumed(state);
    return state;
  }

  /** Detaches an object and what it reaches through EXPUNGE relations. */
  void expunge(InstanceState root) {
    for (InstanceState state : reach(root, Cascade.EXPUNGE)) {
      session.detach(state);
    }
  }

  /**
   * Reloads an object and the loaded objects it reaches through REFRESH_EXPIRE relations; a
   * pending object reached through one that also cascades DELETE_ORPHAN leaves the session, as
   * SQLAlchemy's refresh expunges it (the reloaded collection no longer holds it).
   */
  void refresh(InstanceState root) {
    for (InstanceState state : reach(root, Cascade.REFRESH_EXPIRE)) {
      if (state.status() == ObjectState.PERSISTENT) {
        session.loader.refresh(state);
      } else if (state.status() == ObjectState.PENDING) {
        session.detach(state);
      }
    }
  }

  /** Marks an object and what it reaches through REFRESH_EXPIRE relations stale (see refresh). */
  void expire(InstanceState root) {
    for (InstanceState state : reach(root, Cascade.REFRESH_EXPIRE)) {
      if (state.status() == ObjectState.PERSISTENT) {
        // As SQLAlchemy's expiry, unflushed changes are discarded now; what is set from here
        // on is kept when the object is reloaded.
        state.type.restore(state.entity, state.snapshot());
        state.expire();
        Holder.unloadAll(state);
      } else if (state.status() == ObjectState.PENDING) {
        session.detach(state);
      }
    }
  }

  /** Copies an object's state onto the session's instance with the same key (see Session). */
  <T> T merge(T entity) {
    @SuppressWarnings("unchecked")
    T merged = (T) mergeOne(entity, new Merging(new IdentityHashMap<>(), new HashMap<>()));
    return merged;
  }

  /**
   * What one merge() has done so far: the target of each source object, and of each key, so
   * that several copies of one row within a merge land on one instance (the last copy wins).
   */
  private record Merging(Map<Object, Object> bySource, Map<List<Object>, Object> byKey) {}

  private Object mergeOne(Object source, Merging merged) {
    Object done = merged.bySource().get(source);
    if (done != null) {
      return done;
    }
    if (session.identityMap.state(source) != null) {
      merged.bySource().put(source, source);
      return source;
    }
    EntityType<Object> type = typeOf(source);
    Object id = type.id(source);
    List<Object> key = id == null ? null : List.of(type.javaType(), id);
    Object target = key == null ? null : merged.byKey().get(key);
    if (target == null && id != null) {
      target = session.get(type.javaType(), id);
    }
    EntityModel<Object> model = EntityModel.of(type);
    Object[] values = model.snapshot(source);
    boolean existing = target != null;
    if (!existing) {
      target = model.newInstance();
      model.restore(target, values);
      InstanceState state = session.attach(target, type, ObjectState.PENDING);
      state.enteredNew();
    } else {
      if (!session.detachedStates().contains(source)) {
        MergedKeys.keepUnsetKeys(model, target, values);
      }
      model.restore(target, values);
    }
    merged.bySource().put(source, target);
    if (key != null) {
      merged.byKey().put(key, target);
    }
    for (Relation<Object, ?> relation : type.relations()) {
      if (mergesThrough(relation, source)) {
        mergeRelation(relation, source, target, merged);
      } else if (existing) {
        MergedKeys.align(relation, target);
      }
    }
    return target;
  }

  /**
   * Only what the copy actually holds is merged: a loaded relation that was loaded or changed,
   * not the empty default holder of a new object (SQLAlchemy's never-set attribute).
   */
  private static boolean mergesThrough(Relation<Object, ?> relation, Object source) {
    Holder<?> from = Holder.of(relation, source);
    return relation.cascades(Cascade.MERGE) && from.isLoaded() && from.wasAssigned();
  }

  private <R> void mergeRelation(Relation<Object, R> relation, Object source, Object target,
      Merging merged) {
    Holder<R> from = Holder.of(relation, source);
    List<R> members = new ArrayList<>();
    for (R member : from.members()) {
      members.add(relation.target().cast(mergeOne(member, merged)));
    }
    Holder<R> to = Holder.of(relation, target);
    if (to instanceof CollectionHolder) {
      ((CollectionHolder<R>) to).replaceLinked(members);
    } else {
      ((RefHolder<R>) to).set(members.isEmpty() ? null : members.get(0));
    }
  }

  /** The root and the in-session objects it reaches through relations cascading {@code flag}. */
  private List<InstanceState> reach(InstanceState root, Cascade flag) {
    List<InstanceState> states = new ArrayList<>();
    IdentitySet<Object> seen = new IdentitySet<>();
    Deque<InstanceState> work = new ArrayDeque<>();
    work.push(root);
    while (!work.isEmpty()) {
      InstanceState state = work.pop();
      if (!seen.add(state.entity)) {
        continue;
      }
      states.add(state);
      for (Relation<Object, ?> relation : state.type.relations()) {
        Holder<?> holder = Holder.of(relation, state.entity);
        if (!relation.cascades(flag) || !holder.isLoaded()) {
          continue;
        }
        // As SQLAlchemy, REFRESH_EXPIRE reaches pending objects only along DELETE_ORPHAN.
        boolean skipPending = flag == Cascade.REFRESH_EXPIRE
            && !relation.cascades(Cascade.DELETE_ORPHAN);
        for (Object member : holder.members()) {
          InstanceState memberState = session.identityMap.state(member);
          if (memberState != null
              && !(skipPending && memberState.status() == ObjectState.PENDING)) {
            work.push(memberState);
          }
        }
      }
    }
    return states;
  }

  /** {@code Person uid=3}, for an object that may be in no session. */
  private String describe(Object entity) {
    EntityType<Object> type = typeOf(entity);
    Object id = type.id(entity);
    return EntityModel.of(type).describe(id);
  }

  @SuppressWarnings("unchecked")
  private EntityType<Object> typeOf(Object entity) {
    return (EntityType<Object>) session.entityType(entity.getClass());
  }
}
