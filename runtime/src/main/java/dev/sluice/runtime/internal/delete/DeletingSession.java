package dev.sluice.runtime.internal.delete;

import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.internal.state.IdentityMap;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.internal.state.SessionContext;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * What the delete cascade, set-based and bulk deletes need from a session: its objects, its
 * statements, and the transitions of objects leaving it. The session implements it.
 */
public interface DeletingSession extends SessionContext {
  /** The session's objects. */
  IdentityMap identityMap();

  /** The rows a delete may read: related objects, by the current or the stored key. */
  FlushReads loader();

  Dialect dialect();

  /** The session's handle, in its transaction (and its pending savepoints). */
  Handle handle();

  /** Whether deletes reach unloaded children with the planned set-based statements. */
  boolean setBasedDeletes();

  /** Runs {@code body} inside one savepoint, translating any failure. */
  <T> T inSavepoint(String name, String work, Supplier<T> body);

  /**
   * Statements of the current transaction changed rows: a row read from now on may hold
   * changes a rollback takes away.
   */
  void rowsWritten();

  /** Runs {@code work} with autoflush off. */
  void suspendAutoflush(Runnable work);

  /** Flushes the session's pending changes. */
  void flush();

  /** The object with this id, from the session or its row, or {@code null}. */
  <T> T get(Class<T> type, Object id);

  /** Takes an object out of the session, remembering it as detached if it has a row. */
  void detach(InstanceState state);

  /** Detaches objects whose rows a flush or statement just deleted. */
  void detachDeleted(List<InstanceState> deleted);

  /** Puts back a pending object that marking a delete (or a failed plan) had expunged. */
  void restorePending(InstanceState state);
}
