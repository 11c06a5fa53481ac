package dev.sluice.runtime.internal.state;

import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;

/**
 * What one session knows about one entity instance: its status, identity key, the column
 * values last read or written (the dirty-check baseline) and those at the start of the
 * transaction (the rollback baseline). The one owner of that state: it changes only through
 * the methods below, each named for the transition it makes.
 */
public final class InstanceState {
  public final Object entity;
  public final EntityModel<Object> type;
  private SessionContext session;
  private ObjectState status;
  /** The primary-key value the row is known by, {@code null} while pending. */
  private Object key;
  /** Column values as in the database after the last load or flush; {@code null} while pending. */
  private Object[] snapshot;
  /** Column values at the start of the transaction, restored by rollback. */
  private Object[] committed;
  /** The next time the session hands the object out it reloads its columns. */
  private boolean expired;
  /**
   * Column values left by {@code expire}: a reload keeps the columns changed since (as
   * SQLAlchemy keeps attributes set after expiry); {@code null} reloads every column.
   */
  private Object[] expiredValues;
  /** Inserted or added during the current transaction: rollback makes it transient again. */
  private boolean newInTransaction;
  /** The database generated its id during the current transaction. */
  private boolean idGenerated;
  /** A flush wrote its row during the current transaction, so a reload is not the committed state. */
  private boolean writtenInTransaction;
  /**
   * While pending: the DELETE_ORPHAN relation of an owner in no session that this object was
   * unlinked from; the flush lets the object go if it has no parent then. Cleared by add().
   */
  private Relation<Object, ?> orphanedFrom;
  /** Order of arrival in the session, to keep flushes deterministic. */
  public final long sequence;
  /** Its position in its {@link IdentityMap}'s arrival order (valid only while there). */
  int arrivalSlot = -1;
  /** The arrival order holding this state, which counts its states by status; or null. */
  ArrivalOrder arrivedIn;
  /**
   * The listing of its {@link IdentityMap}'s objects with unflushed link changes that holds
   * this state, if any; a new listing after each flush makes older marks stale at once.
   */
  Object linkChangesListedIn;
  /**
   * The {@link DetachedStates} that remembers this state since it left its session with a
   * row (set only for objects with relation holders, which keep their last state), or
   * {@code null}.
   */
  private DetachedStates rememberedBy;
  /** While remembered: a flush deleted the row. */
  private boolean rememberedDeleted;
  /**
   * The flush plan that filed a row write for this object, and that write: a flush finds an
   * object's write here rather than in a hash table of every object it writes. Only the plan
   * whose token matches may read it, so a stale filing is never seen.
   */
  private Object plannedBy;
  private Object plannedWrite;

  /** An object entering {@code session} with {@code status}; a persistent one by its id. */
  @SuppressWarnings("unchecked")
  public InstanceState(Object entity, EntityType<?> type, SessionContext session, long sequence,
      ObjectState status) {
    this.entity = entity;
    this.type = (EntityModel<Object>) EntityModel.of(type);
    this.session = session;
    this.sequence = sequence;
    this.status = status; // counted when it arrives in a session's order
    if (status == ObjectState.PERSISTENT) {
      this.key = this.type.id(entity);
    }
  }

  // ---- what the state is ---------------------------------------------------------------

  /** The session the object is attached to, or {@code null} once detached. */
  public SessionContext session() {
    return session;
  }

  public ObjectState status() {
    return status;
  }

  public Object key() {
    return key;
  }

  /** The dirty-check baseline: the row as last read or written ({@code null} while pending). */
  public Object[] snapshot() {
    return snapshot;
  }

  /** The rollback baseline: the row at the start of the transaction, or {@code null}. */
  public Object[] committed() {
    return committed;
  }

  public boolean expired() {
    return expired;
  }

  public Object[] expiredValues() {
    return expiredValues;
  }

  public boolean newInTransaction() {
    return newInTransaction;
  }

  public boolean idGenerated() {
    return idGenerated;
  }

  public boolean writtenInTransaction() {
    return writtenInTransaction;
  }

  public Relation<Object, ?> orphanedFrom() {
    return orphanedFrom;
  }

  // ---- entering and leaving a session ------------------------------------------------------

  /** Added as a new object (or merged into a new one) in this transaction. */
  public void enteredNew() {
    newInTransaction = true;
  }

  /** Back in the session that inserted it in this transaction: still its new object. */
  public void resumedNew(boolean generatedId) {
    newInTransaction = true;
    idGenerated = generatedId;
  }

  /**
   * Back in the session it left during a transaction that wrote its row: {@code committedRow}
   * (the row the transaction started with) stays its rollback baseline.
   */
  public void resumedWritten(Object[] committedRow) {
    committed = committedRow;
    writtenInTransaction = true;
  }

  /** Added again on purpose: no longer an orphan for the flush to drop. */
  public void adopted() {
    orphanedFrom = null;
  }

  /** Unlinked, while pending, from a DELETE_ORPHAN relation of an owner in no session. */
  public void orphaned(Relation<Object, ?> relation) {
    orphanedFrom = relation;
  }

  /** The one place the status changes, so that the session's count by status follows. */
  private void setStatus(ObjectState next) {
    if (arrivedIn != null) {
      arrivedIn.statusChanged(status, next);
    }
    status = next;
  }

  /** Leaves its session; whether it had a row (and so is detached, not transient). */
  public boolean left() {
    boolean hadRow = status == ObjectState.PERSISTENT || status == ObjectState.DELETED;
    session = null;
    setStatus(hadRow ? ObjectState.DETACHED : ObjectState.TRANSIENT);
    return hadRow;
  }

  /** Returns to {@code session} as {@code status}: restored, brought back or deleted again. */
  public void reattached(SessionContext session, ObjectState status) {
    this.session = session;
    setStatus(status);
    rememberedBy = null;
  }

  /** Remembered by {@code memory} as detached, its row deleted by a flush if {@code deleted}. */
  void remembered(DetachedStates memory, boolean deleted) {
    rememberedBy = memory;
    rememberedDeleted = deleted;
  }

  /** No longer remembered as detached: taken back into a session. */
  void forgotten() {
    rememberedBy = null;
  }

  /** The memory of detached objects that remembers this state, or {@code null}. */
  DetachedStates rememberedBy() {
    return rememberedBy;
  }

  /** While remembered: whether a flush deleted the row. */
  boolean rememberedDeleted() {
    return rememberedDeleted;
  }

  /** The row write the flush plan {@code plan} filed for this object, or {@code null}. */
  public Object plannedWrite(Object plan) {
    return plannedBy == plan ? plannedWrite : null;
  }

  /** Files {@code write} as the flush plan {@code plan}'s row write for this object. */
  public void filePlannedWrite(Object plan, Object write) {
    plannedBy = plan;
    plannedWrite = write;
  }

  /** No flush plan's row write is filed any more (the flush is over). */
  public void clearPlannedWrite() {
    plannedBy = null;
    plannedWrite = null;
  }

  /** Filed under a new key (by the identity map only, which indexes it). */
  void rekeyed(Object newKey) {
    key = newKey;
  }

  // ---- loading and expiry --------------------------------------------------------------------

  /** Read from the database: the row is both the dirty-check and the rollback baseline. */
  public void loaded(Object[] row) {
    snapshot = row;
    committed = row;
  }

  /**
   * Its columns were read again: {@code row} is the new dirty-check baseline, and the rollback
   * one unless a flush of this transaction wrote the row; it is no longer expired.
   */
  public void reloaded(Object[] row) {
    snapshot = row;
    expiredValues = null;
    if (!writtenInTransaction) {
      committed = row;
    }
    expired = false;
  }

  /** Expired by the user: reloaded when next handed out, keeping what is set from now on. */
  public void expire() {
    expired = true;
    expiredValues = snapshot;
  }

  /** Its row changed in ways the session cannot follow: reloaded when next handed out. */
  public void markStale() {
    expired = true;
  }

  /** A refresh reloads every column, discarding what was set since {@code expire}. */
  public void discardExpiredValues() {
    expiredValues = null;
  }

  // ---- deletes ------------------------------------------------------------------------------

  /** Marked for deletion by {@code delete()}, a cascade or an orphan check. */
  public void markDeleted() {
    setStatus(ObjectState.DELETED);
  }

  /** No longer marked for deletion: un-deleted, deferred, or a failed plan's mark undone. */
  public void unmarkDeleted() {
    setStatus(ObjectState.PERSISTENT);
  }

  // ---- flushes --------------------------------------------------------------------------------

  /**
   * A flush wrote its row with {@code row} (the new baseline); an inserted object is
   * persistent now, and remembers whether the database generated its id.
   */
  public void flushed(Object[] row, boolean inserted, boolean generatedId) {
    snapshot = row;
    if (inserted) {
      setStatus(ObjectState.PERSISTENT);
      idGenerated = generatedId;
    }
    writtenInTransaction = true;
  }

  /** A flush deleted its row. */
  public void rowDeleted() {
    writtenInTransaction = true;
  }

  /** A statement of a flush set columns of its row: the baseline shows {@code value} there. */
  public void rowChanged(int[] columns, Object value) {
    Object[] row = snapshot.clone();
    for (int column : columns) {
      row[column] = value;
    }
    snapshot = row;
    writtenInTransaction = true;
  }

  // ---- transactions ------------------------------------------------------------------------

  /** The transaction committed: what was flushed is the rollback baseline now. */
  public void committedTransaction() {
    committed = snapshot;
    newInTransaction = false;
    idGenerated = false;
    writtenInTransaction = false;
  }

  /** The transaction rolled back its row: persistent, at its committed values, fresh. */
  public void rolledBack() {
    setStatus(ObjectState.PERSISTENT);
    if (committed != null) {
      snapshot = committed;
    }
    expired = false;
    expiredValues = null;
    writtenInTransaction = false;
  }

  /**
   * Closed with its transaction rolled back: it keeps its values, and remembers the committed
   * row as its baseline.
   */
  public void closedUncommitted() {
    setStatus(ObjectState.PERSISTENT);
    if (committed != null) {
      snapshot = committed;
    }
  }

  /** Its row is gone with the transaction, or it never had one: transient. */
  public void madeTransient() {
    rememberedBy = null;
    session = null;
    setStatus(ObjectState.TRANSIENT);
    newInTransaction = false;
    idGenerated = false;
  }

  /** {@code Person uid=3}, as messages describe instances. */
  public String describe() {
    return type.describe(type.id(entity));
  }

  @Override
  public String toString() {
    return describe() + " [" + status + "]";
  }
}
