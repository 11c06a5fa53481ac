package dev.sluice.runtime.internal.flush;

import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.generated.DeleteStep;
import dev.sluice.runtime.internal.delete.DeleteCascade;
import dev.sluice.runtime.internal.delete.DeleteDecision;
import dev.sluice.runtime.internal.delete.FlushReads;
import dev.sluice.runtime.internal.delete.StoredChildren;
import dev.sluice.runtime.internal.flush.FlushWork.Detachment;
import dev.sluice.runtime.internal.flush.FlushWork.KeyChange;
import dev.sluice.runtime.internal.flush.FlushWork.Link;
import dev.sluice.runtime.internal.holder.Holder;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.internal.state.Keys;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans a flush: works out in memory, before any statement runs, orphans and cascaded deletes,
 * the rows to insert and update with the keys their relations give them, nullified children,
 * association rows, and primary-key changes to propagate, and hands them over as one
 * {@link FlushWork}. Only delete marks touch the session (undone if the flush fails); what
 * the user sees of written rows changes only once the flush succeeds (see {@link FlushResult}).
 */
final class UnitOfWork {
  private static final Logger LOG = LoggerFactory.getLogger(UnitOfWork.class);

  private final FlushingSession session;
  /** Where the plan reads the rows it must process (the database, in a session). */
  private final FlushReads reads;
  /**
   * The rows to write, in the order they were first planned; made on the first write (a flush
   * that only deletes or links needs none). Each object's draft is also filed on its state
   * under this plan, where {@link #planned} finds it without a hash table.
   */
  private List<RowWrite.Draft> writeOrder = List.of();
  private final List<InstanceState> deletes = new ArrayList<>();
  /** Objects deleted again whose rows an earlier flush of the transaction deleted. */
  private final List<InstanceState> deletedAgain = new ArrayList<>();
  /** Deleted objects whose rows a new object with the same key takes over (row switches). */
  private final List<InstanceState> switchedDeletes = new ArrayList<>();
  private final List<InstanceState> markedDeleted = new ArrayList<>();
  /** Shared by every delete this plan marks: the session's objects are indexed once. */
  private final StoredChildren storedChildren;
  /**
   * Objects marked for deletion that a saved owner newly holds: written as persistent by this
   * flush, marked for deletion again after it (see {@link #deferNewlyLinkedDeletes}).
   */
  private final List<InstanceState> deferredDeletes = new ArrayList<>();
  /** Pending objects this plan expunged (orphans, cascade-deleted): restored if it fails. */
  private final List<InstanceState> expunged = new ArrayList<>();
  private final List<Link> linkInserts = new ArrayList<>();
  private final List<Link> linkDeletes = new ArrayList<>();
  /** Owners whose association rows all go: {@code DELETE FROM link WHERE owner = key}. */
  private final List<Link> unlinkAll = new ArrayList<>();
  private final List<Detachment> detachments = new ArrayList<>();
  private final List<KeyChange> keyChanges = new ArrayList<>();
  /** Changed non-key columns that a database ON UPDATE CASCADE carries into other rows. */
  private final List<KeyChange> cascadedValueChanges = new ArrayList<>();
  /** Deleted objects whose unloaded children the compiled set-based statements handle. */
  private final Map<InstanceState, List<Relation<Object, Object>>> setSteps =
      new LinkedHashMap<>();

  private UnitOfWork(FlushingSession session, FlushReads reads) {
    this.session = session;
    this.reads = reads;
    this.storedChildren = new StoredChildren(session);
  }

  /**
   * Plans a flush: marks what it deletes (orphans, cascades; loading relations it must
   * process, never autoflushing), then describes every statement's work in a value that the
   * execution only reads. If planning fails, its marks are undone.
   */
  static FlushWork plan(FlushingSession session) {
    return plan(session, session.loader());
  }

  /** Plans a flush, reading through {@code reads} what it must process and has not loaded. */
  static FlushWork plan(FlushingSession session, FlushReads reads) {
    UnitOfWork work = new UnitOfWork(session, reads);
    try {
      work.planAll();
      return work.seal();
    } catch (RuntimeException e) {
      work.undoMarks();
      throw e;
    }
  }

  /** The planned work, fixed: rows sealed and ordered per table, deletes in their order. */
  private FlushWork seal() {
    List<RowWrite> sealed = new ArrayList<>(writeOrder.size());
    Object written = new Object(); // files the sealed writes, as FlushWork#write finds them
    for (RowWrite.Draft draft : writeOrder) {
      RowWrite write = draft.seal(sealed.size());
      sealed.add(write);
      draft.state.filePlannedWrite(written, write);
    }
    DeleteOrder deleteOrder = new DeleteOrder(session, deletes, setSteps.keySet());
    setSteps.replaceAll((deleted, relations) -> view(relations));
    return new FlushWork(WriteOrder.tables(session, sealed, written), view(sealed), written,
        view(deletes), view(deleteOrder.early()),
        view(deleteOrder.late()), view(switchedDeletes), view(deletedAgain), view(linkInserts),
        view(linkDeletes), view(unlinkAll), view(detachments), view(keyChanges),
        view(cascadedValueChanges), Collections.unmodifiableMap(setSteps),
        new FlushWork.Marks(view(markedDeleted), view(expunged), view(deferredDeletes)));
  }

  private static <T> List<T> view(List<T> list) {
    return Collections.unmodifiableList(list);
  }

  private void planAll() {
    Orphans orphans = new Orphans(session, reads);
    for (InstanceState orphan : orphans.find(expunged)) {
      markDeleted(orphan);
    }
    List<InstanceState> deletedBefore = session.identityMap().withStatus(ObjectState.DELETED);
    for (InstanceState deleted : deletedBefore) {
      if (session.isDeletedAgain(deleted.entity)) {
        deletedAgain.add(deleted); // its row and cascade went at an earlier flush
      } else {
        markDeleted(deleted);
      }
    }
    // Cascades only add deletes; if they added none, the deleted objects are those above.
    List<InstanceState> marked = session.identityMap().count(ObjectState.DELETED)
        == deletedBefore.size() && allDeleted(deletedBefore) ? deletedBefore
        : session.identityMap().withStatus(ObjectState.DELETED);
    if (!marked.isEmpty()) {
      deferNewlyLinkedDeletes();
    }
    for (InstanceState deleted : marked) {
      if (deleted.status() == ObjectState.DELETED
          && !session.isDeletedAgain(deleted.entity)) {
        deletes.add(deleted);
      }
    }
    deletes.forEach(this::planDelete);
    planDirtyColumns();
    planRelationKeys();
    new KeyPropagation(session, this).plan();
    planLinks();
    planRowSwitches();
  }

  private static boolean allDeleted(List<InstanceState> states) {
    for (InstanceState state : states) {
      if (state.status() != ObjectState.DELETED) {
        return false;
      }
    }
    return true;
  }

  /**
   * SQLAlchemy's {@code cancel_delete}: an object marked for deletion (by {@code delete()} or
   * a cascade) that an owner this flush saves newly holds through a one-to-many or one-to-one
   * (the key on the object's side) is not deleted by this flush but written under that owner.
   * It stays marked for deletion, so the next flush deletes it; {@code commit()} flushes until
   * nothing is deferred, as SQLAlchemy's commit flushes until the session is clean.
   */
  private void deferNewlyLinkedDeletes() {
    List<InstanceState> owners = saved(session.identityMap().withLinkChanges());
    for (InstanceState owner : owners) {
      for (Relation<Object, ?> relation : owner.type.relations()) {
        if (!relation.foreignKeyOnTarget()) {
          continue;
        }
        for (Object member : Holder.of(relation, owner.entity).added()) {
          InstanceState state = session.identityMap().state(member);
          if (state != null && state.status() == ObjectState.DELETED
              && !session.isDeletedAgain(member)) {
            state.unmarkDeleted();
            deferredDeletes.add(state);
          }
        }
      }
    }
  }

  /** After a successful flush: what it deferred is marked for deletion again. */
  static void markDeferredDeletes(FlushWork.Marks marks) {
    for (InstanceState state : marks.deferredDeletes()) {
      state.markDeleted();
    }
  }

  /**
   * A row switch, as in SQLAlchemy: a new object given the key of an object this flush deletes
   * takes over its row, so its INSERT becomes an UPDATE of that row and the DELETE goes (the
   * deleted object's cascades still run). Otherwise the INSERT would fail on the key.
   */
  private void planRowSwitches() {
    if (deletes.isEmpty()) {
      return;
    }
    // Only the deletes of types this flush inserts can be taken over: index those alone, by
    // the root of their hierarchy (a subclass object may take over a sibling class's row).
    Map<EntityType<?>, Map<Object, InstanceState>> deletedByKey = new HashMap<>();
    for (RowWrite.Draft write : writeOrder) {
      if (write.insert) {
        deletedByKey.computeIfAbsent(write.state.type.identityRoot(), type -> new HashMap<>());
      }
    }
    if (deletedByKey.isEmpty()) {
      return;
    }
    for (InstanceState deleted : deletes) {
      Map<Object, InstanceState> byKey = deletedByKey.get(deleted.type.identityRoot());
      if (byKey != null) {
        byKey.put(deleted.key(), deleted);
      }
    }
    for (RowWrite.Draft write : writeOrder) {
      Map<Object, InstanceState> candidates = write.insert
          ? deletedByKey.get(write.state.type.identityRoot()) : null;
      Object id = candidates != null && !candidates.isEmpty()
          ? write.state.type.id(write.state.entity) : null;
      InstanceState replaced = id == null ? null : candidates.remove(id);
      if (replaced != null) {
        checkSameTables(replaced, write.state);
        write.replaces = replaced;
        deletes.remove(replaced);
        switchedDeletes.add(replaced);
      }
    }
  }

  /**
   * A row switch rewrites the row in place, so the new object's class must have rows in the
   * same tables as the deleted one's: with joined tables, another class's would leave one
   * table's row behind and miss another's.
   */
  private static void checkSameTables(InstanceState replaced, InstanceState replacing) {
    List<String> before = new ArrayList<>();
    replaced.type.plan().joinedTables().forEach(table -> before.add(table.insertSql()));
    List<String> after = new ArrayList<>();
    replacing.type.plan().joinedTables().forEach(table -> after.add(table.insertSql()));
    if (!before.equals(after)) {
      throw new InvalidRequestException("A new " + replacing.type.name() + " has the id "
          + replaced.key() + " of a " + replaced.type.name() + " deleted in the same flush,"
          + " but their rows are in different tables (joined-table inheritance), so one cannot"
          + " take over the other's: flush the delete first (session.flush()), then add it");
    }
  }

  /** Persistent objects whose fields differ from their snapshot. */
  private void planDirtyColumns() {
    for (InstanceState state : session.identityMap().withStatus(ObjectState.PERSISTENT)) {
      if (Dirt.changed(state)) {
        write(state);
      }
    }
  }

  /** Statuses a plan changed (orphans, late cascades, expunges), undone if the flush fails. */
  static void undoMarks(FlushingSession session, FlushWork.Marks marks) {
    markDeferredDeletes(marks); // first: what the plan marked itself was persistent before it
    for (InstanceState state : marks.markedDeleted()) {
      state.unmarkDeleted();
    }
    for (InstanceState state : marks.expunged()) {
      session.restorePending(state);
    }
  }

  private void undoMarks() {
    undoMarks(session, new FlushWork.Marks(markedDeleted, expunged, deferredDeletes));
  }

  private void markDeleted(InstanceState state) {
    DeleteCascade.markDeleted(session, reads, state, markedDeleted, expunged, storedChildren);
  }

  /**
   * Nullifies or unlinks what references a deleted object, per its compiled delete steps as
   * {@link DeleteDecision} reads them; steps whose unloaded rows a set-based statement reaches
   * are recorded for the execution.
   */
  private void planDelete(InstanceState deleted) {
    for (DeleteStep step : deleted.type.plan().deleteSteps()) {
      DeleteDecision.Reach reach = DeleteDecision.reach(session, deleted, step);
      Relation<Object, Object> relation = DeleteDecision.relation(step);
      switch (step.kind()) {
        case NULLIFY_CHILDREN:
          recordSetStep(deleted, relation, reach);
          for (Object child : DeleteDecision.objects(reads, deleted, step, reach)) {
            InstanceState childState = session.identityMap().state(child);
            if (childState != null && childState.status() != ObjectState.DELETED) {
              for (int column : relation.targetColumns()) {
                write(childState).source(column, RowWrite.Source.NULL);
              }
              detachments.add(new Detachment(relation, deleted.entity, child));
            }
          }
          break;
        case DELETE_CHILDREN:
          recordSetStep(deleted, relation, reach); // the cascade marked the objects in memory
          break;
        case UNLINK:
        case UNLINK_AND_DELETE:
          planUnlink(deleted, relation, reach);
          break;
        default:
          break;
      }
    }
  }

  private void recordSetStep(InstanceState deleted, Relation<Object, Object> relation,
      DeleteDecision.Reach reach) {
    if (reach == DeleteDecision.Reach.STATEMENT) {
      setSteps.computeIfAbsent(deleted, d -> new ArrayList<>()).add(relation);
    }
  }

  /** A deleted owner's association rows: all by one statement, or those of loaded members. */
  private void planUnlink(InstanceState deleted, Relation<Object, Object> relation,
      DeleteDecision.Reach reach) {
    if (reach == DeleteDecision.Reach.NONE) {
      return;
    }
    boolean all = DeleteDecision.removesAllLinks(reach);
    if (all) {
      unlinkAll.add(new Link(relation, deleted.entity, null));
    }
    for (Object member : Holder.of(relation, deleted.entity).members()) {
      if (!all) {
        linkDeletes.add(new Link(relation, deleted.entity, member));
      }
      detachments.add(new Detachment(relation, deleted.entity, member));
    }
  }

  /** Foreign keys set through relations: collection additions, then references (which win). */
  private void planRelationKeys() {
    for (InstanceState state : session.identityMap().withStatus(ObjectState.PENDING)) {
      write(state);
    }
    // Links set keys: only objects whose holders changed since the last flush have any.
    List<InstanceState> saved = saved(session.identityMap().withLinkChanges());
    for (InstanceState parent : saved) {
      for (Relation<Object, ?> relation : parent.type.relations()) {
        if (relation.foreignKeyOnTarget()) {
          for (Object child : Holder.of(relation, parent.entity).added()) {
            InstanceState childState = session.identityMap().state(child);
            if (childState == null) {
              warnNotInSession(relation, child);
            } else if (childState.status() != ObjectState.DELETED) {
              sourceKey(write(childState), relation, true, parent.entity);
            }
          }
        }
      }
    }
    for (InstanceState child : saved) {
      for (Relation<Object, ?> relation : child.type.relations()) {
        if (relation.direction() != Relation.Direction.MANY_TO_ONE) {
          continue;
        }
        Holder<?> holder = Holder.of(relation, child.entity);
        boolean changed = child.status() == ObjectState.PENDING ? !holder.added().isEmpty()
            : holder.hasChanges();
        if (changed) {
          List<?> members = holder.members();
          Object parent = members.isEmpty() ? null : members.get(0);
          if (parent != null) {
            requireKnown(relation, parent);
          }
          sourceKey(write(child), relation, false, parent);
        }
      }
    }
  }

  /** Association rows to insert and delete for changed many-to-many collections. */
  private void planLinks() {
    for (InstanceState owner : session.identityMap().withLinkChanges()) {
      for (Relation<Object, ?> r : owner.type.relations()) {
        @SuppressWarnings("unchecked")
        Relation<Object, Object> relation = (Relation<Object, Object>) r;
        if (relation.direction() != Relation.Direction.MANY_TO_MANY || !relation.writesLinks()) {
          continue;
        }
        Holder<Object> holder = Holder.of(relation, owner.entity);
        boolean ownerDeleted = owner.status() == ObjectState.DELETED;
        for (Object target : holder.added()) {
          InstanceState targetState = session.identityMap().state(target);
          if (targetState == null) {
            warnNotInSession(relation, target);
          }
          if (!ownerDeleted && targetState != null
              && targetState.status() != ObjectState.DELETED) {
            linkInserts.add(new Link(relation, owner.entity, target));
          }
        }
        boolean ownerUnlinksAll = ownerDeleted
            && DeleteDecision.removesAllLinks(session, owner, relation);
        for (Object target : holder.removed()) {
          InstanceState targetState = session.identityMap().state(target);
          if (!ownerUnlinksAll && targetState != null
              && targetState.status() != ObjectState.PENDING) {
            linkDeletes.add(new Link(relation, owner.entity, target));
          }
        }
      }
    }
  }

  /**
   * As SQLAlchemy 2.0 does (no cascade along backrefs), an object linked to one in the session
   * but never added itself is not written; say so, since its row will be missing.
   */
  private static void warnNotInSession(Relation<Object, ?> relation, Object object) {
    LOG.warn("A {} linked through {} is not in the session, so it is not written; add it to"
        + " the session (or link it from the side that cascades SAVE_UPDATE)",
        relation.target().name(), relation);
  }

  /** The row write of a pending or persistent object, created on first use. */
  RowWrite.Draft write(InstanceState state) {
    RowWrite.Draft write = planned(state);
    if (write == null) {
      if (writeOrder.isEmpty()) {
        // Sized for the common flush that writes most of the session's objects.
        writeOrder = new ArrayList<>(session.identityMap().size());
      }
      write = new RowWrite.Draft(state, state.status() == ObjectState.PENDING);
      state.filePlannedWrite(this, write);
      writeOrder.add(write);
    }
    return write;
  }

  FlushReads reads() {
    return reads;
  }

  /** A primary key (or a referenced value) this flush changes. */
  void keyChanged(KeyChange change) {
    keyChanges.add(change);
  }

  /** A referenced non-key value the database's ON UPDATE CASCADE carries into other rows. */
  void cascadedValueChanged(KeyChange change) {
    cascadedValueChanges.add(change);
  }

  /** The persistent objects with a row write planned so far, in order of arrival. */
  List<InstanceState> persistentWritten() {
    List<InstanceState> states = new ArrayList<>();
    for (RowWrite.Draft write : writeOrder) {
      if (write.state.status() == ObjectState.PERSISTENT) {
        states.add(write.state);
      }
    }
    return session.identityMap().inArrivalOrder(states);
  }

  /** The row write planned so far for an object, or {@code null}. */
  RowWrite.Draft planned(InstanceState state) {
    return (RowWrite.Draft) state.plannedWrite(this);
  }

  /**
   * The child's join columns take the parent's key (or NULL); the child is the relation's
   * target when {@code keyOnTarget}, else its owner.
   */
  private static void sourceKey(RowWrite.Draft write, Relation<Object, ?> relation,
      boolean keyOnTarget, Object parent) {
    @SuppressWarnings("unchecked")
    EntityType<Object> parentType = (EntityType<Object>) (keyOnTarget ? relation.owner()
        : relation.target());
    for (int i = 0; i < relation.joinWidth(); i++) {
      Column childColumn = keyOnTarget ? relation.targetJoinColumn(i)
          : relation.ownerJoinColumn(i);
      Column parentColumn = keyOnTarget ? relation.ownerJoinColumn(i)
          : relation.targetJoinColumn(i);
      if (relation.postUpdate() && childColumn.primaryKey()) {
        continue; // a post-update never rewrites its row's own key, which its join may share
      }
      RowWrite.Source planned = write.sourceOf(childColumn.index());
      if (parent != null && planned != null && planned.parent() == parent
          && planned.parentType() == parentType
          && planned.parentColumn() == parentColumn.index()) {
        continue; // both sides of a bidirectional relation name the same parent
      }
      write.source(childColumn.index(), parent == null ? RowWrite.Source.NULL
          : new RowWrite.Source(parent, parentType, parentColumn.index()));
    }
  }

  private void requireKnown(Relation<?, ?> relation, Object parent) {
    InstanceState state = session.identityMap().state(parent);
    boolean keyKnown = Keys.hasTargetKey(relation, parent);
    if ((state == null || state.status() == ObjectState.DELETED) && !keyKnown) {
      throw new InvalidRequestException(relation + " refers to a " + relation.target().name()
          + " that is not in the session and has no key, so its row cannot be referenced: add"
          + " it to the session (or keep SAVE_UPDATE in the relation's cascade)");
    }
  }

  private static List<InstanceState> saved(Collection<InstanceState> states) {
    List<InstanceState> saved = new ArrayList<>();
    for (InstanceState state : states) {
      if (state.status() == ObjectState.PENDING || state.status() == ObjectState.PERSISTENT) {
        saved.add(state);
      }
    }
    return saved;
  }
}
