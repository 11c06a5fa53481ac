package dev.sluice.runtime.internal;

import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;

/**
 * What one session knows about one entity instance: its status, identity key, the column
 * values last read or written (the dirty-check baseline) and those at the start of the
 * transaction (the rollback baseline).
 */
public final class InstanceState {
  final Object entity;
  final EntityType<Object> type;
  SessionImpl session;
  ObjectState status;
  /** The primary-key value the row is known by, {@code null} while pending. */
  Object key;
  /** Column values as in the database after the last load or flush; {@code null} while pending. */
  Object[] snapshot;
  /** Column values at the start of the transaction, restored by rollback. */
  Object[] committed;
  /** The next time the session hands the object out it reloads its columns. */
  boolean expired;
  /**
   * Column values left by {@code expire}: a reload keeps the columns changed since (as
   * SQLAlchemy keeps attributes set after expiry); {@code null} reloads every column.
   */
  Object[] expiredValues;
  /** Inserted or added during the current transaction: rollback makes it transient again. */
  boolean newInTransaction;
  /** The database generated its id during the current transaction. */
  boolean idGenerated;
  /** A flush wrote its row during the current transaction, so a reload is not the committed state. */
  boolean writtenInTransaction;
  /**
   * While pending: the DELETE_ORPHAN relation of an owner in no session that this object was
   * unlinked from; the flush lets the object go if it has no parent then. Cleared by add().
   */
  Relation<Object, ?> orphanedFrom;
  /** Order of arrival in the session, to keep flushes deterministic. */
  final long sequence;

  @SuppressWarnings("unchecked")
  InstanceState(Object entity, EntityType<?> type, SessionImpl session, long sequence) {
    this.entity = entity;
    this.type = (EntityType<Object>) type;
    this.session = session;
    this.sequence = sequence;
  }

  /** The session the object is attached to, or {@code null} once detached. */
  public SessionImpl session() {
    return session;
  }

  /** Read from the database: the row is both the dirty-check and the rollback baseline. */
  void loaded(Object[] row) {
    snapshot = row;
    committed = row;
  }

  /** Binds every relation holder of the entity to this state. */
  void bindHolders() {
    for (Relation<Object, ?> relation : type.relations()) {
      Holder.of(relation, entity).bind(this);
    }
  }

  /** Marks every relation of a freshly loaded or expired object as not loaded. */
  void unloadHolders() {
    for (Relation<Object, ?> relation : type.relations()) {
      Holder.of(relation, entity).unload();
    }
  }

  /** {@code Person uid=3}, as messages describe instances. */
  String describe() {
    Object id = type.id(entity);
    return type.name() + (id == null ? " (no id yet)" : " " + type.idColumn().field() + "=" + id);
  }

  @Override
  public String toString() {
    return describe() + " [" + status + "]";
  }
}
