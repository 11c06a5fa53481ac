package dev.sluice.runtime.internal.flush;

import dev.sluice.annotations.Lazy;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.internal.holder.Holder;
import dev.sluice.runtime.internal.state.IdentitySet;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.ForeignKeyRef;
import dev.sluice.runtime.meta.Relation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The apply step of a flush, the only one that changes objects: once every statement of a
 * {@link FlushWork} succeeded, brings the objects in memory in line with the rows, from the
 * work and its {@link FlushOutcome}: written
 * values and generated keys, new snapshots, deleted objects detached, nullified and unlinked
 * relations forgotten, tracked relation changes cleared.
 */
final class FlushResult {
  private FlushResult() {}

  static void apply(FlushingSession session, FlushWork work, FlushOutcome outcome) {
    session.detachDeleted(work.switchedDeletes()); // first: the new objects take their keys
    session.detachDeleted(work.deletedAgain());
    for (RowWrite write : work.writes()) {
      Object[] values = outcome.values(write);
      if (values != null) {
        applyRow(session, write, values, outcome.generatedId(write));
      }
    }
    session.detachDeleted(work.deletes());
    List<InstanceState> deleted = new ArrayList<>(work.deletes());
    deleted.addAll(work.switchedDeletes());
    deleted.addAll(outcome.setDeletes().apply());
    // The links are written: no holder tracks changes from here on (forgetting deleted
    // objects below then has only the members themselves to look at).
    List<InstanceState> changed = session.identityMap().withLinkChanges();
    changed.addAll(work.deletes());
    changed.addAll(work.switchedDeletes());
    for (InstanceState state : changed) {
      for (Relation<Object, ?> relation : state.type.relations()) {
        Holder.of(relation, state.entity).clearChanges();
      }
    }
    session.identityMap().linkChangesFlushed();
    forgetDeleted(session, deleted);
    for (FlushWork.Detachment detachment : work.detachments()) {
      Relation<Object, Object> inverse = detachment.relation().inverse();
      if (inverse != null) {
        Holder.of(inverse, detachment.member()).forget(detachment.parent());
      }
    }
    List<FlushWork.KeyChange> changes = new ArrayList<>(work.keyChanges());
    changes.addAll(work.cascadedValueChanges());
    followKeyChanges(session, changes);
    for (RowWrite write : work.writes()) {
      write.state.clearPlannedWrite(); // the last look at the writes: the flush is over
      if (outcome.values(write) != null) {
        followKeys(write.state);
      }
    }
    unloadDynamicHolders(session);
  }

  /** A persistent owner's DYNAMIC holders answer from the database again. */
  private static void unloadDynamicHolders(FlushingSession session) {
    if (!holdsDynamicRelations(session)) {
      return; // most sessions: no need to look at every object
    }
    for (InstanceState state : session.identityMap().view()) {
      if (state.status() != ObjectState.PERSISTENT) {
        continue;
      }
      for (Relation<Object, ?> relation : state.type.relations()) {
        if (relation.loading() == Lazy.DYNAMIC) {
          Holder<?> holder = Holder.of(relation, state.entity);
          if (holder.isLoaded()) {
            holder.unload(); // the owner has rows now: its query goes to the database
          }
        }
      }
    }
  }

  /** Whether the session holds an object of a type with a DYNAMIC relation. */
  private static boolean holdsDynamicRelations(FlushingSession session) {
    for (EntityType<?> type : session.schema().entities()) {
      if (session.identityMap().holdsAny(type)) {
        for (Relation<?, ?> relation : type.relations()) {
          if (relation.loading() == Lazy.DYNAMIC) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Sluice cannot expire on commit, so memory must not keep what the database no longer has:
   * objects whose rows this flush deleted leave every loaded collection and reference in the
   * session that held them (a later add would otherwise bring them back as persistent ghosts).
   */
  private static void forgetDeleted(FlushingSession session, List<InstanceState> deleted) {
    if (deleted.isEmpty()) {
      return;
    }
    IdentitySet<Object> gone = new IdentitySet<>(deleted.size());
    IdentitySet<EntityType<?>> types = new IdentitySet<>();
    for (InstanceState state : deleted) {
      gone.add(state.entity);
      types.add(state.type.identityRoot()); // a relation to a hierarchy may hold any class
    }
    Map<EntityType<Object>, List<Relation<Object, ?>>> holding = new IdentityHashMap<>();
    EntityType<Object> lastType = null; // states of one type come in runs: look each run up once
    List<Relation<Object, ?>> relations = List.of();
    for (InstanceState state : session.identityMap().view()) {
      if (state.type != lastType) {
        relations = holding.computeIfAbsent(state.type, type -> relationsTo(type, types));
        lastType = state.type;
      }
      for (Relation<Object, ?> relation : relations) {
        Holder.of(relation, state.entity).forgetAll(gone);
      }
    }
  }

  /** The relations of {@code type} that may hold an object of one of {@code roots}. */
  private static List<Relation<Object, ?>> relationsTo(EntityType<Object> type,
      IdentitySet<EntityType<?>> roots) {
    List<Relation<Object, ?>> relations = new ArrayList<>();
    for (Relation<Object, ?> relation : type.relations()) {
      if (roots.contains(EntityModel.of(relation.target()).identityRoot())) {
        relations.add(relation);
      }
    }
    return relations;
  }

  private static void applyRow(FlushingSession session, RowWrite write, Object[] values,
      boolean generatedId) {
    InstanceState state = write.state;
    EntityModel<Object> type = write.type();
    type.restore(state.entity, values);
    state.flushed(type.snapshot(state.entity), write.insert, generatedId);
    Object id = type.id(state.entity);
    if (!Objects.equals(id, state.key())) {
      session.identityMap().rekey(state, id);
    }
  }

  /**
   * A foreign key the flush wrote that its many-to-one holder does not show (set by hand, as
   * {@code doc.folderId = folder.id}, or copied by merge) wins, as it does in SQLAlchemy once
   * the attribute is loaded again: the holder reloads from the key on next use.
   */
  private static void followKeys(InstanceState state) {
    for (Relation<Object, ?> relation : state.type.relations()) {
      Holder<?> holder = Holder.of(relation, state.entity);
      if (relation.direction() != Relation.Direction.MANY_TO_ONE || !holder.isLoaded()) {
        continue;
      }
      List<?> members = holder.members();
      Object parent = members.isEmpty() ? null : members.get(0);
      // A key cleared under a parent that has a row also counts: the replaced object of a
      // one-to-one moved through its backref (see Holder.loadInverseToReplace).
      if (!sameKey(relation, state.type, state.entity, parent)) {
        holder.unload();
      }
    }
  }

  /**
   * Whether the owner's foreign key names {@code parent}'s key, or neither is known; compared
   * column by column, without copying keys, as it runs for every row a flush writes.
   */
  private static boolean sameKey(Relation<Object, ?> relation, EntityType<Object> ownerType,
      Object owner, Object parent) {
    @SuppressWarnings("unchecked")
    EntityModel<Object> parentType = (EntityModel<Object>) EntityModel.of(relation.target());
    boolean ownerKnown = true;
    boolean parentKnown = parent != null;
    boolean equal = true;
    for (int i = 0; i < relation.joinWidth(); i++) {
      Object own = EntityModel.of(ownerType).get(owner, relation.ownerJoinColumn(i).index());
      Object referenced = parent == null ? null
          : parentType.get(parent, relation.targetJoinColumn(i).index());
      ownerKnown &= own != null;
      parentKnown &= referenced != null;
      equal &= Objects.equals(own, referenced);
    }
    return ownerKnown ? parentKnown && equal : !parentKnown;
  }

  /**
   * Primary keys (or other referenced columns) changed. Where the database's ON UPDATE CASCADE carried the new key, loaded
   * objects still holding the old one take it at once (their rows already have it), and pass it
   * on if it is their own key; objects whose key the database did not carry reload when next
   * handed out, to show what the rows hold.
   */
  private static void followKeyChanges(FlushingSession session,
      List<FlushWork.KeyChange> changes) {
    List<FlushWork.KeyChange> work = new ArrayList<>(changes);
    for (int i = 0; i < work.size(); i++) {
      FlushWork.KeyChange change = work.get(i);
      for (InstanceState state : new ArrayList<>(session.identityMap().view())) {
        if (state.snapshot() == null) {
          continue;
        }
        for (ForeignKeyRef fk : state.type.foreignKeys()) {
          List<Carried> carried = referencing(state, fk, change);
          if (carried == null) {
            continue;
          }
          if (!fk.cascadesUpdates()) {
            state.markStale();
          } else {
            carry(session, state, carried, work);
          }
        }
      }
    }
  }

  /** One column of a referencing row that takes a changed key's new value. */
  private record Carried(int column, Object oldValue, Object newValue) {}

  /**
   * The columns of {@code fk} in {@code state}'s row that still hold the old value of a changed
   * key, or {@code null} when the row does not reference it: one column for a key or value of
   * one column, every column for a composite primary key.
   */
  private static List<Carried> referencing(InstanceState state, ForeignKeyRef fk,
      FlushWork.KeyChange change) {
    EntityModel<Object> parent = change.state().type;
    if (fk.referenced() != parent) {
      return null;
    }
    if (change.column() >= 0) {
      int column = fk.columns()[0];
      return fk.columns().length == 1 && fk.referencedColumns()[0] == change.column()
          && Objects.equals(state.snapshot()[column], change.oldKey())
          ? List.of(new Carried(column, change.oldKey(), change.newKey())) : null;
    }
    Object[] oldKey = parent.keyValues(change.oldKey());
    Object[] newKey = parent.keyValues(change.newKey());
    List<Column> ids = parent.idColumns();
    if (fk.columns().length != ids.size()) {
      return null;
    }
    List<Carried> carried = new ArrayList<>();
    for (int j = 0; j < fk.columns().length; j++) {
      int part = ids.indexOf(parent.columns().get(fk.referencedColumns()[j]));
      if (part < 0 || !Objects.equals(state.snapshot()[fk.columns()[j]], oldKey[part])) {
        return null;
      }
      carried.add(new Carried(fk.columns()[j], oldKey[part], newKey[part]));
    }
    return carried;
  }

  /**
   * Gives a loaded object the new values its row now holds, re-keying it if they are part of
   * its key, and passes the change on to what references those columns in turn.
   */
  private static void carry(FlushingSession session, InstanceState state,
      List<Carried> carried, List<FlushWork.KeyChange> work) {
    Object oldKey = state.type.key(state.snapshot());
    boolean keyChanged = false;
    for (Carried c : carried) {
      if (Objects.equals(state.type.get(state.entity, c.column()), c.oldValue())) {
        state.type.set(state.entity, c.column(), c.newValue());
      }
      state.rowChanged(new int[] {c.column()}, c.newValue());
      keyChanged |= state.type.columns().get(c.column()).primaryKey();
      work.add(new FlushWork.KeyChange(state, c.column(), c.oldValue(), c.newValue()));
    }
    if (keyChanged) {
      Object newKey = state.type.key(state.snapshot());
      session.identityMap().rekey(state, newKey);
      if (state.type.hasCompositeKey()) {
        work.add(new FlushWork.KeyChange(state, oldKey, newKey));
      }
    }
  }
}
