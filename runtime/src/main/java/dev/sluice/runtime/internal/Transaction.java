package dev.sluice.runtime.internal;

import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.internal.holder.Holder;
import dev.sluice.runtime.internal.state.IdentitySet;
import dev.sluice.runtime.internal.state.InstanceState;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What commit and rollback do to the objects of a session, as SQLAlchemy does: commit makes the
 * flushed values the new baseline; rollback returns objects to the transaction's start.
 */
public final class Transaction {
  private final SessionImpl session;
  private final ArrayList<InstanceState> deletedInTransaction = new ArrayList<>();
  /** The same objects, for {@link #isFlushedDelete}: SQLAlchemy's deleted state. */
  private final IdentitySet<Object> deletedEntities = new IdentitySet<>();
  /**
   * Objects this transaction inserted that left the session with their rows (expunged), by
   * entity: their rows go with a rollback, so then they are transient, as in SQLAlchemy.
   */
  private final Map<Object, InstanceState> newThatLeft = new IdentityHashMap<>();
  /**
   * Persistent objects a flush of this transaction wrote that left the session, by entity: back
   * in it, their rollback baseline is still the row the transaction started with.
   */
  private final Map<Object, InstanceState> writtenThatLeft = new IdentityHashMap<>();
  /** Statements of this transaction changed rows (a flush or a bulk delete ran). */
  private boolean rowsWritten;
  /**
   * Objects read after that: their baseline may hold this transaction's changes (a row a
   * set-based statement changed while it was not loaded, say), so a rollback reads them again.
   */
  private final List<InstanceState> readAfterWrites = new ArrayList<>();

  Transaction(SessionImpl session) {
    this.session = session;
  }

  /** Makes room for a flush's {@code count} deletes. */
  void expectFlushedDeletes(int count) {
    deletedInTransaction.ensureCapacity(deletedInTransaction.size() + count);
    deletedEntities.reserve(count);
  }

  /** A flushed DELETE detached this object; rollback brings it back. */
  void recordFlushedDelete(InstanceState state) {
    deletedAgain.remove(state.entity);
    deletedInTransaction.add(state);
    deletedEntities.add(state.entity);
  }

  /** Whether a flush of this transaction deleted the object's row (until commit or rollback). */
  boolean isFlushedDelete(Object entity) {
    return deletedEntities.contains(entity);
  }

  /**
   * Objects deleted again after a flush of this transaction deleted them: back in the session
   * as deleted, with no row left to delete.
   */
  private final IdentitySet<Object> deletedAgain = new IdentitySet<>();

  /**
   * {@code delete()} of an object a flush of this transaction deleted: it stops being a
   * flushed delete and returns, with its state, to be deleted again with no statement.
   */
  InstanceState deleteAgain(Object entity) {
    for (InstanceState state : deletedInTransaction) {
      if (state.entity == entity) {
        forgetFlushedDelete(entity);
        deletedAgain.add(entity);
        return state;
      }
    }
    return null;
  }

  /** Stops tracking an object deleted again (it left the session); whether it was tracked. */
  boolean forgetDeletedAgain(Object entity) {
    return deletedAgain.remove(entity);
  }

  /** Whether the object's row is already gone: a flush of this transaction deleted it. */
  public boolean isDeletedAgain(Object entity) {
    return deletedAgain.contains(entity);
  }

  /** Stops tracking one flushed delete (the object was expunged); whether it was tracked. */
  boolean forgetFlushedDelete(Object entity) {
    if (!deletedEntities.remove(entity)) {
      return false;
    }
    deletedInTransaction.removeIf(state -> state.entity == entity);
    return true;
  }

  /**
   * An object left the session with its row: if this transaction inserted or wrote that row,
   * what it did is kept for the object's return (see newThatLeft and writtenThatLeft).
   */
  void recordLeaving(InstanceState state) {
    if (state.newInTransaction()) {
      newThatLeft.put(state.entity, state);
    } else if (state.writtenInTransaction()) {
      writtenThatLeft.put(state.entity, state);
    }
  }

  /**
   * A detached object is back in the session as {@code state}: if this transaction inserted
   * its row, it is still this transaction's new object (a rollback makes it transient); if it
   * wrote the row, a rollback restores the row the transaction started with.
   */
  void resumed(InstanceState state) {
    InstanceState before = newThatLeft.remove(state.entity);
    if (before != null) {
      state.resumedNew(before.idGenerated());
      return;
    }
    before = writtenThatLeft.remove(state.entity);
    if (before != null) {
      state.resumedWritten(before.committed());
    }
  }

  void rowsWritten() {
    rowsWritten = true;
  }

  /** An object was just read from its row. */
  void rowRead(InstanceState state) {
    if (rowsWritten) {
      readAfterWrites.add(state);
    }
  }

  /** Forgets the reads and writes of the transaction that ended. */
  private void forgetReadsAndWrites() {
    rowsWritten = false;
    readAfterWrites.clear();
  }

  void forgetDeleted() {
    deletedAgain.clear();
    deletedInTransaction.clear();
    deletedEntities.clear();
  }

  void afterCommit() {
    for (InstanceState state : session.identityMap.view()) {
      state.committedTransaction();
    }
    forgetDeleted();
    newThatLeft.clear();
    writtenThatLeft.clear();
    forgetReadsAndWrites();
  }

  /**
   * New objects become transient (generated ids cleared), deleted ones persistent again, and
   * every persistent object gets back its column values from the start of the transaction,
   * with its relations unloaded so they are read again. Answers the persistent objects read
   * after the transaction changed rows, whose start the session does not know: the caller
   * reads them again once the database has rolled back.
   */
  List<InstanceState> afterRollback() {
    bringBackDeleted();
    newThatLeftBecomeTransient();
    for (InstanceState state : session.identityMap.all()) {
      if (state.status() == ObjectState.PENDING || state.newInTransaction()) {
        makeTransient(state);
      } else {
        restore(state);
      }
    }
    List<InstanceState> stale = new ArrayList<>();
    for (InstanceState state : readAfterWrites) {
      if (state.status() == ObjectState.PERSISTENT
          && session.identityMap.state(state.entity) == state) {
        stale.add(state);
      }
    }
    forgetReadsAndWrites();
    return stale;
  }

  /**
   * The transaction was rolled back by {@code close()}: as SQLAlchemy's close, objects keep
   * their values and loaded relations, to be used detached; objects whose rows the rollback
   * removed become transient, and the others remember the committed row as their baseline, so
   * a later merge or add writes what was not committed.
   */
  void afterClose() {
    bringBackDeleted();
    newThatLeftBecomeTransient();
    forgetReadsAndWrites();
    for (InstanceState state : session.identityMap.all()) {
      if (state.status() == ObjectState.PENDING || state.newInTransaction()) {
        makeTransient(state);
      } else {
        state.closedUncommitted();
        if (state.committed() != null) {
          session.identityMap.rekey(state, state.type.key(state.committed()));
        }
      }
    }
  }

  /** Objects whose DELETE this transaction flushed come back into the session (or go away). */
  private void bringBackDeleted() {
    for (InstanceState state : deletedInTransaction) {
      boolean stillDetached = session.detachedStates().take(state.entity) != null;
      if (state.newInTransaction()) {
        makeTransient(state);
      } else if (stillDetached) {
        state.reattached(session, ObjectState.PERSISTENT);
        session.identityMap.add(state);
      }
    }
    forgetDeleted();
  }

  /** Expunged objects this transaction inserted lost their rows: transient unless added back. */
  private void newThatLeftBecomeTransient() {
    for (InstanceState state : newThatLeft.values()) {
      if (session.detachedStates().take(state.entity) != null) {
        makeTransient(state);
      }
    }
    newThatLeft.clear();
    writtenThatLeft.clear(); // the transaction is over: a later return starts from its values
  }

  private void makeTransient(InstanceState state) {
    session.identityMap.remove(state);
    if (state.idGenerated()) { // never a composite key
      state.type.set(state.entity, state.type.idColumn().index(), null);
    }
    state.madeTransient();
    for (var relation : state.type.relations()) {
      Holder.of(relation, state.entity).relinkAll();
    }
  }

  private void restore(InstanceState state) {
    state.rolledBack();
    if (state.committed() != null) {
      state.type.restore(state.entity, state.committed());
      session.identityMap.rekey(state, state.type.id(state.entity));
    }
    Holder.unloadAll(state);
  }
}
