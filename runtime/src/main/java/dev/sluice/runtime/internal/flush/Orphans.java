package dev.sluice.runtime.internal.flush;

import dev.sluice.annotations.Cascade;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.internal.delete.FlushReads;
import dev.sluice.runtime.internal.holder.Holder;
import dev.sluice.runtime.internal.state.IdentitySet;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.internal.state.Keys;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the objects DELETE_ORPHAN removes at a flush: those unlinked from their parent (removed
 * from a collection, replaced in a one-to-one, or a reference cleared) and linked to no other.
 * A pending object unlinked before it was ever written is simply not inserted. As in
 * SQLAlchemy 1.4, a new object that never had a parent is inserted like any other (a tree's
 * root, say); a NOT NULL foreign key then stops it.
 */
final class Orphans {
  private final FlushingSession session;
  private final FlushReads reads;
  /** Per DELETE_ORPHAN relation, the objects added to one of its collections; built on demand. */
  private Map<Relation<?, ?>, IdentitySet<Object>> linkedNow;

  Orphans(FlushingSession session, FlushReads reads) {
    this.session = session;
    this.reads = reads;
  }

  /**
   * The persistent objects that became orphans; pending ones are expunged instead and added to
   * {@code expunged}.
   */
  List<InstanceState> find(List<InstanceState> expunged) {
    List<InstanceState> orphans = new ArrayList<>();
    IdentitySet<InstanceState> unwritten = new IdentitySet<>();
    // A deleted parent counts too: what was unlinked from it before the delete has no parent
    // left, so it is deleted rather than nullified (as SQLAlchemy's orphan check at flush).
    // Only holders that unlinked something have candidates.
    for (InstanceState state : session.identityMap().withLinkChanges()) {
      for (Relation<Object, ?> relation : state.type.relations()) {
        if (!relation.cascades(Cascade.DELETE_ORPHAN)) {
          continue;
        }
        Holder<?> holder = Holder.of(relation, state.entity);
        boolean manyToOne = relation.direction() == Relation.Direction.MANY_TO_ONE;
        for (Object removed : candidates(holder, manyToOne)) {
          InstanceState child = session.identityMap().state(removed);
          if (child == null && manyToOne) {
            child = rowOfDetached(relation.target(), removed);
          }
          if (child != null && child.status() != ObjectState.DELETED
              && !hasParent(child.entity, relation)) {
            if (child.status() == ObjectState.PENDING) {
              unwritten.add(child);
            } else {
              orphans.add(child);
            }
          }
        }
      }
    }
    for (InstanceState state : session.identityMap().withStatus(ObjectState.PENDING)) {
      if (state.orphanedFrom() != null && !hasParent(state.entity, state.orphanedFrom())) {
        unwritten.add(state);
      }
    }
    for (InstanceState state : unwritten) {
      session.detach(state);
      expunged.add(state);
    }
    return orphans;
  }

  /**
   * The old target of a many-to-one that is no longer in the session (expunged, or left from
   * an earlier session) still names a row that may be an orphan. As SQLAlchemy, which loads
   * the old value by its key, the row is read into the session, leaving the detached object
   * as it is; {@code null} if the object was never stored or its row is gone.
   */
  private InstanceState rowOfDetached(EntityType<?> type, Object removed) {
    if (!session.detachedStates().contains(removed)) {
      return null;
    }
    @SuppressWarnings("unchecked")
    EntityType<Object> target = (EntityType<Object>) type;
    Object id = target.id(removed);
    InstanceState found = id == null ? null : session.identityMap().findInstance(target, id);
    if (found != null || id == null) {
      return found;
    }
    Object row = reads.row(target, id);
    return row == null ? null : session.identityMap().state(row);
  }

  /**
   * What was unlinked from a holder since the last flush, directly or after being linked; a
   * copy if {@code mayRead}, as a many-to-one's old target may be read in on the way.
   */
  private static Collection<?> candidates(Holder<?> holder, boolean mayRead) {
    if (holder.dropped().isEmpty() && !mayRead) {
      return holder.removed(); // nothing changes the holder while its candidates are checked
    }
    if (holder.removed().isEmpty() && holder.dropped().isEmpty()) {
      return List.of();
    }
    List<Object> candidates = new ArrayList<>(holder.removed());
    candidates.addAll(holder.dropped());
    return candidates;
  }

  private boolean hasParent(Object child, Relation<Object, ?> relation) {
    IdentitySet<Object> linked = linkedNow().get(relation);
    if (linked != null && linked.contains(child)) {
      return true;
    }
    Relation<?, Object> inverse = relation.inverse();
    if (inverse != null) {
      @SuppressWarnings("unchecked")
      Holder<Object> back = Holder.of(inverse, child);
      if (back.isLoaded()) {
        return !back.members().isEmpty();
      }
    }
    if (relation.foreignKeyOnTarget()) {
      return Keys.hasTargetKey(relation, child);
    }
    return false;
  }

  private Map<Relation<?, ?>, IdentitySet<Object>> linkedNow() {
    if (linkedNow == null) {
      linkedNow = new HashMap<>();
      for (InstanceState state : session.identityMap().withLinkChanges()) {
        for (Relation<Object, ?> relation : state.type.relations()) {
          if (relation.cascades(Cascade.DELETE_ORPHAN)) {
            linkedNow.computeIfAbsent(relation, r -> new IdentitySet<>())
                .addAll(Holder.of(relation, state.entity).added());
          }
        }
      }
    }
    return linkedNow;
  }
}
