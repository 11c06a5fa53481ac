package dev.sluice.runtime;

import dev.sluice.runtime.meta.Relation;
import java.util.Collection;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * A unit of work over one database transaction, as SQLAlchemy's {@code Session}: it tracks the
 * objects added, loaded, changed and deleted, and writes them at {@code flush} from the plans
 * the processor generated. One instance per row (the identity map), autoflush before queries.
 *
 * <p>Open one with {@link SessionFactory#openSession()} and close it when done; a session is
 * not thread-safe (see {@link ScopedSession} for one per thread).
 */
public interface Session extends AutoCloseable {
  /** Makes a transient object pending (and what it reaches through SAVE_UPDATE cascades). */
  void add(Object entity);

  /** {@link #add} for each object. */
  void addAll(Collection<?> entities);

  /** Marks an object for deletion, cascading DELETE; its row goes at the next flush. */
  void delete(Object entity);

  /**
   * The object with this primary key, from the identity map or the database, or {@code null}
   * (also when an expired object's row was deleted behind the session).
   */
  <T> T get(Class<T> type, Object id);

  /** A query for objects of a type. */
  <T> EntityQuery<T> query(Class<T> type);

  /** Loads a relation of several owners at once, in one query per chunk of owners. */
  <O> void load(Relation<O, ?> relation, Collection<? extends O> owners);

  /** Writes every pending change in one savepoint; on failure nothing is written or lost. */
  void flush();

  /** Flushes and commits the transaction. */
  void commit();

  /** Rolls back the transaction and the objects it touched (see the README's semantics). */
  void rollback();

  /**
   * Rolls back what is not committed and detaches every object, which keeps its values and
   * loaded relations (as SQLAlchemy's close); objects added in the transaction become transient.
   */
  @Override
  void close();

  /** Detaches an object (and what it reaches through EXPUNGE cascades). */
  void expunge(Object entity);

  /** Detaches every object. */
  void expungeAll();

  /**
   * Copies the state of a detached or transient object onto the session's instance with the
   * same key, loading or creating it, and returns that instance (cascading MERGE).
   */
  <T> T merge(T entity);

  /** Reloads an object's columns now and marks its relations unloaded (cascading REFRESH_EXPIRE). */
  void refresh(Object entity);

  /** Marks an object stale: it is reloaded the next time the session hands it out. */
  void expire(Object entity);

  /** Whether the object is in this session: pending, or persistent (marked deleted or not). */
  boolean contains(Object entity);

  /** The object's state with respect to this session. */
  ObjectState state(Object entity);

  /** Whether the object has column or relation changes not yet flushed. */
  boolean isModified(Object entity);

  /** Pending objects. */
  Set<Object> newObjects();

  /** Persistent objects with unflushed changes. */
  Set<Object> dirtyObjects();

  /** Objects marked for deletion and not yet flushed. */
  Set<Object> deletedObjects();

  /**
   * Whether the session can run statements, as SQLAlchemy's {@code is_active}: true while
   * open (a transaction begins on first use, also after commit or rollback), false once closed
   * or when it must be rolled back first.
   */
  boolean isActive();

  /** The Jdbi handle of the session's transaction (begun if needed), for raw SQL inside it. */
  Handle handle();
}
