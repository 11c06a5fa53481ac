package dev.sluice.runtime.internal;

import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.EntityQuery;
import dev.sluice.runtime.FlushException;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.PendingRollbackException;
import dev.sluice.runtime.QueryException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SluiceException;
import dev.sluice.runtime.TransactionFailedException;
import dev.sluice.runtime.internal.delete.DeleteCascade;
import dev.sluice.runtime.internal.flush.Dirt;
import dev.sluice.runtime.internal.flush.Flusher;
import dev.sluice.runtime.internal.flush.FlushingSession;
import dev.sluice.runtime.internal.load.Loader;
import dev.sluice.runtime.internal.load.LoadingSession;
import dev.sluice.runtime.internal.load.QueryImpl;
import dev.sluice.runtime.internal.sql.Failures;
import dev.sluice.runtime.internal.sql.ValueArgument;
import dev.sluice.runtime.internal.state.DetachedStates;
import dev.sluice.runtime.internal.state.IdentityMap;
import dev.sluice.runtime.internal.state.IdentitySet;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.ColumnType;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;
import dev.sluice.runtime.meta.SchemaMetadata;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * The {@link Session} implementation: owns the identity map and the Jdbi handle, and hands the
 * real work to the loader, the cascades, the flusher and the transaction bookkeeping.
 */
public final class SessionImpl implements Session, LoadingSession, FlushingSession {
  private final SessionConfig config;
  private final DetachedStates detached;
  final IdentityMap identityMap;
  final Loader loader = new Loader(this);
  private final Cascades cascades = new Cascades(this);
  private final Flusher flusher = new Flusher(this);
  private final Transaction transaction = new Transaction(this);
  private Handle handle;
  private boolean closed;
  /** The thread that first used the session: the only one that may (sessions are not shared). */
  private final AtomicReference<Thread> owner = new AtomicReference<>();
  /** Savepoints to take before the next statement, innermost first. */
  private final ArrayDeque<Savepoint> savepoints = new ArrayDeque<>();
  /** Why the transaction must be rolled back before the session is used again. */
  private RuntimeException pendingRollback;
  private int autoflushSuspended;
  private long sequence;

  /** A session over what its factory configured. */
  public SessionImpl(SessionConfig config) {
    this.config = config;
    this.detached = config.detached();
    this.identityMap = new IdentityMap(this, new HolderStates(config.schema()));
  }

  // ---- Session API -------------------------------------------------------------------------

  @Override
  public void add(Object entity) {
    requireOpen();
    cascades.add(entity);
  }

  @Override
  public void addAll(Collection<?> entities) {
    requireOpen();
    entities.forEach(cascades::add);
  }

  @Override
  public void delete(Object entity) {
    requireOpen();
    InstanceState attached = identityMap.state(entity);
    if (attached == null && transaction.isFlushedDelete(entity)) {
      deleteAgain(entity);
      return;
    }
    if (attached == null) {
      cascades.refuseIfInAnotherSession(entity);
    }
    InstanceState state = attached != null ? attached : cascades.reattachDetached(entity);
    if (state == null) {
      throw new InvalidRequestException(describe(entity) + " is not persisted, so there is"
          + " nothing to delete; a transient object needs no delete");
    }
    if (state.status() == ObjectState.PENDING) {
      throw new InvalidRequestException(state.describe() + " is pending, not persisted: expunge"
          + " it instead of deleting it");
    }
    // A failed load of the cascade leaves nothing marked (the cascade is collected first in
    // SQLAlchemy too).
    List<InstanceState> marked = new ArrayList<>();
    List<InstanceState> expunged = new ArrayList<>();
    try {
      read(() -> {
        suspendAutoflush(() -> DeleteCascade.markDeleted(this, state, marked, expunged));
        return null;
      });
    } catch (RuntimeException e) {
      DeleteCascade.unmark(this, marked, expunged);
      throw e;
    }
  }

  /**
   * As in SQLAlchemy, an object a flush of this transaction deleted, deleted again, is back in
   * the session and listed as deleted until the next flush, which detaches it again. Its row is
   * known to be gone, so no DELETE is sent (SQLAlchemy sends one, which matches no row, and
   * warns) and nothing cascades: its relations were cascaded by the first delete.
   */
  private void deleteAgain(Object entity) {
    InstanceState state = transaction.deleteAgain(entity);
    InstanceState holder = identityMap.find(state.type, state.key());
    if (holder != null) {
      transaction.recordFlushedDelete(state);
      throw new InvalidRequestException(state.describe() + " was deleted by a flush, and "
          + holder.describe() + " has its key in this session now: there is nothing left to"
          + " delete");
    }
    detached.take(entity);
    state.reattached(this, ObjectState.DELETED);
    identityMap.add(state);
  }

  @Override
  public <T> T get(Class<T> type, Object id) {
    requireOpen();
    return read(() -> find(type, id));
  }

  private <T> T find(Class<T> type, Object id) {
    EntityType<T> entityType = entityType(type);
    id = keyOf(entityType, id);
    InstanceState state = identityMap.find(entityType, id);
    if (state != null) {
      if (state.status() == ObjectState.DELETED
          || !entityType.javaType().isInstance(state.entity)) {
        return null; // deleted, or of another class of the hierarchy
      }
      if (state.expired()) {
        autoflush(); // as SQLAlchemy's load of expired attributes: pending changes go first
        if (!loader.reloadIfPresent(state)) {
          return null; // its row was deleted behind the session: now deleted, as in SQLAlchemy
        }
      }
      return entityType.cast(state.entity);
    }
    return new QueryImpl<>(this, entityType).whereId(id).first().orElse(null);
  }

  @Override
  public <T> EntityQuery<T> query(Class<T> type) {
    requireOpen();
    return new QueryImpl<>(this, entityType(type));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <O> void load(Relation<O, ?> relation, Collection<? extends O> owners) {
    requireOpen();
    List<InstanceState> states = new ArrayList<>(owners.size());
    String action = "load " + relation + " of"; // once, not per owner
    for (O owner : owners) {
      states.add(requireAttached(owner, action));
    }
    read(() -> {
      loader.loadMany((Relation<Object, Object>) relation, states, false);
      return null;
    });
  }

  @Override
  public void flush() {
    requireOpen();
    flusher.flush();
  }

  @Override
  public void commit() {
    requireOpen();
    flusher.flushForCommit();
    if (handle != null && handle.isInTransaction()) {
      try {
        handle.commit();
      } catch (RuntimeException e) {
        TransactionFailedException failure = new TransactionFailedException("COMMIT",
            "COMMIT failed (" + Failures.problem(e) + "); nothing of this transaction is known"
            + " to be written: call rollback() before using this session again", e);
        pendingRollback = failure;
        throw failure;
      }
    }
    transaction.afterCommit();
  }

  @Override
  public void rollback() {
    requireNotClosed();
    pendingRollback = null;
    if (handle != null && handle.isInTransaction()) {
      try {
        handle.rollback();
      } catch (RuntimeException e) {
        discardHandle(); // the connection is unusable; its transaction ends with it
        transaction.afterRollback(); // nothing can be read again: they keep their baselines
        throw new TransactionFailedException("ROLLBACK", "ROLLBACK failed ("
            + Failures.problem(e) + "); the connection was closed, which ends its transaction",
            e);
      }
    }
    for (InstanceState stale : transaction.afterRollback()) {
      loader.reloadIfPresent(stale);
    }
  }

  @Override
  public void close() {
    requireOwner();
    if (closed) {
      return;
    }
    try {
      if (handle != null && handle.isInTransaction()) {
        handle.rollback();
        transaction.afterClose();
      }
      detachAll();
    } finally {
      closed = true;
      if (handle != null) {
        handle.close();
        handle = null;
      }
    }
  }

  @Override
  public void expunge(Object entity) {
    requireOpen();
    if (identityMap.state(entity) == null && transaction.forgetFlushedDelete(entity)) {
      return; // deleted by a flush: now detached for good, rollback does not bring it back
    }
    cascades.expunge(requireAttached(entity, "expunge"));
  }

  @Override
  public void expungeAll() {
    requireOwner();
    detachAll();
  }

  /** Takes every object out of the session, remembering those with rows as detached. */
  private void detachAll() {
    List<InstanceState> withRows = new ArrayList<>(identityMap.size());
    for (InstanceState state : identityMap.view()) {
      if (leave(state)) {
        withRows.add(state);
        transaction.recordLeaving(state);
      }
    }
    identityMap.clear();
    detached.rememberAll(withRows);
    transaction.forgetDeleted();
  }

  @Override
  public <T> T merge(T entity) {
    requireOpen();
    // As SQLAlchemy: pending changes are flushed first (so a key merged before is found), then
    // no autoflush while merging: the half-merged state must not be written.
    autoflush();
    List<T> merged = new ArrayList<>(1);
    suspendAutoflush(() -> merged.add(cascades.merge(entity)));
    return merged.get(0);
  }

  @Override
  public void refresh(Object entity) {
    requireOpen();
    InstanceState state = requirePersistent(entity, "refresh");
    read(() -> {
      cascades.refresh(state);
      return null;
    });
  }

  @Override
  public void expire(Object entity) {
    requireOpen();
    cascades.expire(requirePersistent(entity, "expire"));
  }

  /** The state of an object with a row: a pending one has nothing to reload. */
  private InstanceState requirePersistent(Object entity, String action) {
    InstanceState state = requireAttached(entity, action);
    if (state.status() == ObjectState.PENDING) {
      throw new InvalidRequestException("Cannot " + action + " " + state.describe()
          + ": it is pending, so it has no row to reload yet; flush it first");
    }
    return state;
  }

  @Override
  public boolean contains(Object entity) {
    requireOwner();
    return identityMap.state(entity) != null;
  }

  @Override
  public ObjectState state(Object entity) {
    requireOwner();
    InstanceState state = identityMap.state(entity);
    if (state != null) {
      // Marked for deletion but not flushed: SQLAlchemy still calls it persistent.
      return state.status() == ObjectState.DELETED ? ObjectState.PERSISTENT : state.status();
    }
    if (transaction.isFlushedDelete(entity)) {
      return ObjectState.DELETED;
    }
    return detached.contains(entity) ? ObjectState.DETACHED : ObjectState.TRANSIENT;
  }

  @Override
  public boolean isModified(Object entity) {
    requireOwner();
    InstanceState state = identityMap.state(entity);
    return state != null && Dirt.isModified(state);
  }

  @Override
  public Set<Object> newObjects() {
    requireOwner();
    return entitiesWith(ObjectState.PENDING);
  }

  @Override
  public Set<Object> dirtyObjects() {
    requireOwner();
    IdentitySet<Object> dirty = new IdentitySet<>();
    for (InstanceState state : identityMap.withStatus(ObjectState.PERSISTENT)) {
      if (Dirt.isModified(state)) {
        dirty.add(state.entity);
      }
    }
    return Collections.unmodifiableSet(dirty);
  }

  @Override
  public Set<Object> deletedObjects() {
    requireOwner();
    return entitiesWith(ObjectState.DELETED);
  }

  @Override
  public boolean isActive() {
    requireOwner();
    // As SQLAlchemy's is_active (with autobegin): true unless the session can no longer run
    // statements; a fresh or rolled-back session begins a transaction on first use.
    return !closed && pendingRollback == null;
  }

  @Override
  public Handle handle() {
    requireOpen();
    if (handle == null) {
      handle = config.jdbi().open();
      // Sluice's statements and user conditions are plain SQL: no <template> expansion.
      handle.getConfig(SqlStatements.class).setTemplateEngine(TemplateEngine.NOP);
    }
    if (!handle.isInTransaction()) {
      handle.begin();
    }
    if (!savepoints.isEmpty()) {
      takeSavepoints();
    }
    return handle;
  }

  /** Takes the savepoints of enclosing {@link #inSavepoint} calls not taken yet, outer first. */
  private void takeSavepoints() {
    for (Iterator<Savepoint> it = savepoints.descendingIterator(); it.hasNext(); ) {
      Savepoint savepoint = it.next();
      if (savepoint.jdbc == null) {
        try {
          savepoint.jdbc = handle.getConnection().setSavepoint(savepoint.name);
        } catch (SQLException e) {
          throw new TransactionFailedException("SAVEPOINT " + savepoint.name, "SAVEPOINT failed ("
              + e.getMessage() + ")", e);
        }
      }
    }
  }

  /**
   * Runs work so that every statement it sends, SELECTs included, goes inside one savepoint,
   * taken just before the first statement: a failure rolls back to it, so on PostgreSQL the
   * transaction stays usable and everywhere the work leaves no trace. The release is part of
   * the work. If the savepoint cannot be rolled back to, the session needs a rollback. Every
   * failure comes out as a {@link SluiceException}.
   */
  public <T> T inSavepoint(String name, String work, Supplier<T> body) {
    Savepoint savepoint = new Savepoint(name);
    savepoints.push(savepoint);
    try {
      T result = body.get();
      if (savepoint.jdbc != null) {
        release(savepoint);
      }
      return result;
    } catch (RuntimeException e) {
      SluiceException failure = Failures.translate(e, work);
      if (savepoint.jdbc != null) {
        rollbackTo(savepoint, failure);
      }
      throw failure;
    } finally {
      savepoints.remove(savepoint);
    }
  }

  private void release(Savepoint savepoint) {
    try {
      handle.getConnection().releaseSavepoint(savepoint.jdbc);
    } catch (SQLException e) {
      throw new TransactionFailedException("RELEASE SAVEPOINT " + savepoint.name,
          "RELEASE SAVEPOINT failed (" + e.getMessage() + ")", e);
    }
  }

  private void rollbackTo(Savepoint savepoint, SluiceException failure) {
    try {
      handle.getConnection().rollback(savepoint.jdbc);
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
      pendingRollback = new PendingRollbackException("ROLLBACK TO SAVEPOINT " + savepoint.name
          + " failed after: " + failure.getMessage() + "; the transaction may hold part of that"
          + " work: call rollback() before using this session again", failure);
    }
  }

  /**
   * A savepoint of {@link #inSavepoint}, taken on the first statement through JDBC itself: Jdbi
   * forgets a savepoint before releasing it, so a failed release could not be rolled back to.
   */
  private static final class Savepoint {
    final String name;
    java.sql.Savepoint jdbc;

    Savepoint(String name) {
      this.name = name;
    }
  }

  private void discardHandle() {
    Handle broken = handle;
    handle = null;
    try {
      broken.close();
    } catch (RuntimeException e) {
      // closing a broken connection may fail too; it is gone either way
    }
  }

  // ---- for holders, loader and flusher ------------------------------------------------------

  @Override
  public IdentityMap identityMap() {
    return identityMap;
  }

  @Override
  public Loader loader() {
    return loader;
  }

  @Override
  public boolean isDeletedAgain(Object entity) {
    return transaction.isDeletedAgain(entity);
  }

  /** Loads one relation of one owner, after an autoflush. */
  public void loadRelation(InstanceState owner, Relation<Object, ?> relation) {
    requireOpen();
    @SuppressWarnings("unchecked")
    Relation<Object, Object> r = (Relation<Object, Object>) relation;
    read(() -> {
      loader.loadMany(r, List.of(owner), false);
      return null;
    });
  }

  /**
   * Runs a read: a query, relation load or refresh. A failed statement comes out as a
   * {@link QueryException}; on PostgreSQL it aborted the transaction, so the session then needs
   * {@code rollback()}, which the failure and every later use say (SQLAlchemy's
   * PendingRollbackError, which SQLAlchemy raises only after a failed flush).
   */
  public <T> T read(Supplier<T> body) {
    try {
      return body.get();
    } catch (JdbiException e) {
      throw readFailed(e);
    }
  }

  private QueryException readFailed(JdbiException e) {
    String sql = e instanceof StatementException statement ? Failures.sql(statement, null) : null;
    // Inside a savepoint the enclosing work rolls back to it, which keeps the transaction.
    boolean aborted = dialect() == Dialect.POSTGRESQL && savepoints.isEmpty();
    QueryException failure = new QueryException("A query failed (" + Failures.problem(e) + ")"
        + (aborted ? "; on PostgreSQL that aborts the transaction: call rollback() before"
            + " using this session again" : "")
        + (sql == null ? "" : ". SQL: " + sql), sql, e);
    if (aborted) {
      pendingRollback = failure;
    }
    return failure;
  }

  /** Adds an object reached through a SAVE_UPDATE relation of an object in this session. */
  public void cascadeAdd(Object target) {
    requireOwner();
    if (!closed && identityMap.state(target) == null) {
      cascades.add(target);
    }
  }

  /** Expunges {@code target} (cascading EXPUNGE) if it is pending in this session. */
  public void expungePendingOrphan(Object target) {
    requireOwner();
    InstanceState state = closed ? null : identityMap.state(target);
    if (state != null && state.status() == ObjectState.PENDING) {
      cascades.expunge(state);
    }
  }

  /** The current target of a many-to-one from the identity map, without SQL, or {@code null}. */
  public <T> T peekReference(Relation<Object, T> relation, Object owner) {
    requireOwner();
    return closed ? null : loader.peekReference(relation, owner);
  }

  /** A query over the rows related to one owner (the DYNAMIC holder's query). */
  public <T> EntityQuery<T> relationQuery(InstanceState owner, Relation<Object, T> relation) {
    requireOpen();
    return new QueryImpl<>(this, relation.target()).relatedTo(owner, relation);
  }

  /** Whether deletes reach unloaded children with the planned set-based statements. */
  public boolean setBasedDeletes() {
    return config.setBasedDeletes();
  }

  public Dialect dialect() {
    return config.dialect();
  }

  public SchemaMetadata schema() {
    return config.schema();
  }

  /** The entity type of a class; a class the schema does not map is the caller's mistake. */
  <T> EntityType<T> entityType(Class<T> type) {
    try {
      return schema().entity(type);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage(), e);
    }
  }

  public Transaction transaction() {
    return transaction;
  }

  /** Flushes first if autoflush is on and no flush or cascade is under way. */
  public void autoflush() {
    if (config.autoflush() && autoflushSuspended == 0) {
      try {
        flusher.flush();
      } catch (FlushException e) {
        throw e.addNote("raised by the autoflush before a query or load; call flush() first"
            + " to see the failure where it happens, or use a factory withAutoflush(false)");
      }
    }
  }

  public void suspendAutoflush(Runnable work) {
    autoflushSuspended++;
    try {
      work.run();
    } finally {
      autoflushSuspended--;
    }
  }

  /** Registers a new state for an object entering the session. */
  public InstanceState attach(Object entity, EntityType<?> type, ObjectState status) {
    InstanceState state = new InstanceState(entity, type, this, sequence++, status);
    identityMap.add(state); // binds its relation holders to it
    return state;
  }

  @Override
  public InstanceState attachLoaded(Object entity, EntityType<?> type) {
    InstanceState state = new InstanceState(entity, type, this, sequence++,
        ObjectState.PERSISTENT);
    identityMap.addLoaded(state);
    transaction.rowRead(state);
    return state;
  }

  @Override
  public void rowsWritten() {
    transaction.rowsWritten();
  }

  @Override
  public void linksChanged(InstanceState owner) {
    identityMap.linksChanged(owner);
  }

  /** Takes an object out of the session, remembering it as detached if it has a row. */
  public void detach(InstanceState state) {
    identityMap.remove(state);
    // Deleted again after a flush deleted its row: it leaves as a deleted object, not one
    // that a later add() could make persistent with no row.
    boolean rowGone = transaction.forgetDeletedAgain(state.entity);
    if (leave(state)) {
      detached.rememberAll(List.of(state), rowGone);
      transaction.recordLeaving(state);
    }
  }

  /** Puts back a pending object a failed flush's plan had expunged. */
  public void restorePending(InstanceState state) {
    state.reattached(this, ObjectState.PENDING);
    identityMap.add(state);
  }

  /** Detaches objects whose rows a flush just deleted, remembering them under one lock. */
  public void detachDeleted(List<InstanceState> deleted) {
    List<InstanceState> withRows = new ArrayList<>(deleted.size());
    transaction.expectFlushedDeletes(deleted.size());
    for (InstanceState state : deleted) {
      state.rowDeleted();
      transaction.recordFlushedDelete(state);
      identityMap.remove(state);
      if (leave(state)) {
        withRows.add(state);
      }
    }
    detached.rememberAll(withRows, true);
  }

  /** Marks a state as out of this session; whether it had a row (and is now detached). */
  private static boolean leave(InstanceState state) {
    return state.left();
  }

  public DetachedStates detachedStates() {
    return detached;
  }

  InstanceState requireAttached(Object entity, String action) {
    InstanceState state = identityMap.state(entity);
    if (state == null) {
      throw new InvalidRequestException("Cannot " + action + " " + describe(entity)
          + ": it is not in this session");
    }
    return state;
  }

  String describe(Object entity) {
    EntityType<?> type = schema().findEntity(entity.getClass());
    return type == null ? entity.getClass().getSimpleName() : type.name();
  }

  /**
   * The id as the key column's Java type: an {@code int} for a {@code Long} key (and a
   * {@code long} in range for an {@code Integer} key) is widened or narrowed; any other
   * mismatch is refused rather than failing later with a ClassCastException. A composite key
   * is a list of its columns' values in table order.
   */
  private static Object keyOf(EntityType<?> type, Object id) {
    if (id == null) {
      throw new InvalidRequestException("get(" + type.name() + ", null): an id is required");
    }
    List<Column> ids = type.idColumns();
    if (ids.size() == 1) {
      return keyPart(type, id, id, ids.get(0));
    }
    String columns = ids.stream().map(Column::field).toList().toString();
    if (!(id instanceof List<?> parts) || parts.size() != ids.size()) {
      throw new InvalidRequestException("get(" + type.name() + ", " + id + "): " + type.name()
          + " has a composite primary key " + columns + "; pass a List of " + ids.size()
          + " values in that order, as List.of(…)");
    }
    Object[] key = new Object[ids.size()];
    for (int i = 0; i < key.length; i++) {
      if (parts.get(i) == null) {
        throw new InvalidRequestException("get(" + type.name() + ", " + id + "): part "
            + ids.get(i).field() + " of the key " + columns + " is null");
      }
      key[i] = keyPart(type, id, parts.get(i), ids.get(i));
    }
    return List.of(key);
  }

  /** One value of a key, as the type of its column. */
  private static Object keyPart(EntityType<?> type, Object id, Object value, Column column) {
    ColumnType expected = column.type();
    if (expected == ColumnType.LONG && (value instanceof Integer || value instanceof Short
        || value instanceof Byte)) {
      return ((Number) value).longValue();
    }
    if (expected == ColumnType.INTEGER && value instanceof Long) {
      long number = (Long) value;
      if (number == (int) number) {
        return (int) number;
      }
    }
    if (expected == ColumnType.ENUM ? !(value instanceof Enum) : !isOfType(value, expected)) {
      throw new InvalidRequestException("get(" + type.name() + ", " + id + "): "
          + column.field() + " of " + type.name() + " is a " + expected + " column, but a "
          + value.getClass().getSimpleName() + " was given");
    }
    return value;
  }

  private static boolean isOfType(Object id, ColumnType expected) {
    try {
      return ValueArgument.typeOf("id", id) == expected;
    } catch (InvalidRequestException e) {
      return false;
    }
  }

  private Set<Object> entitiesWith(ObjectState status) {
    IdentitySet<Object> entities = new IdentitySet<>();
    for (InstanceState state : identityMap.withStatus(status)) {
      entities.add(state.entity);
    }
    return Collections.unmodifiableSet(entities);
  }

  /**
   * The session belongs to the first thread that uses it; every public method, reads and
   * {@code close()} included, refuses any other (so does what holders call).
   */
  private void requireOwner() {
    Thread current = Thread.currentThread();
    if (owner.get() != current && !owner.compareAndSet(null, current)) {
      throw new InvalidRequestException("This session belongs to thread '" + owner.get().getName()
          + "' (its first user) and was used from thread '" + current.getName() + "': a Session"
          + " is not thread-safe. Open a session per thread (ScopedSession does) and share the"
          + " SessionFactory");
    }
  }

  private void requireOpen() {
    requireNotClosed();
    if (pendingRollback != null) {
      throw new PendingRollbackException("This session's transaction failed and must be rolled"
          + " back: call rollback() first. The failure: " + pendingRollback.getMessage(),
          pendingRollback);
    }
  }

  private void requireNotClosed() {
    requireOwner();
    if (closed) {
      throw new InvalidRequestException("This session is closed; open a new one from the"
          + " SessionFactory");
    }
  }
}
