package dev.sluice.runtime.internal.delete;

import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.generated.SetStatement;
import dev.sluice.runtime.internal.sql.StatementRunner;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Deletes rows by key with every cascade: through the compiled set-based plan in a savepoint,
 * or, when the plan needs per-row work, by loading the objects and deleting them in the session.
 */
public final class BulkDelete {
  private static final String SAVEPOINT = "sluice_bulk_delete";

  private BulkDelete() {}

  /**
   * Deletes the rows whose keys {@code keys} selects; the SELECT runs inside the same savepoint
   * as the deletes, so a failure anywhere leaves the transaction usable and unchanged.
   */
  public static int run(DeletingSession session, EntityType<Object> type, Supplier<List<Object>> keys) {
    List<SetStatement> plan = EntityModel.of(type).plan().bulkDelete();
    if (plan == null) {
      return rowByRow(session, type, keys);
    }
    SetDeletes deletes = new SetDeletes(session);
    int count = session.inSavepoint(SAVEPOINT, "bulk delete of " + type.name(), () -> {
      List<Object> selected = keys.get();
      if (!selected.isEmpty()) {
        deletes.run(new StatementRunner(session.handle(), session.dialect()), plan, selected,
            type.idColumns(), type.name());
        session.rowsWritten();
      }
      return selected.size();
    });
    deletes.apply();
    return count;
  }

  /**
   * Loads each object and marks it and its cascade deleted inside the savepoint (so every
   * SELECT runs there, without autoflushes), then flushes in the flush's own savepoint. If
   * anything fails, what this call marked is unmarked: the session is as it was.
   */
  private static int rowByRow(DeletingSession session, EntityType<Object> type,
      Supplier<List<Object>> keys) {
    List<InstanceState> marked = new ArrayList<>();
    List<InstanceState> expunged = new ArrayList<>();
    try {
      int count = session.inSavepoint(SAVEPOINT, "bulk delete of " + type.name(), () -> {
        List<Object> selected = keys.get();
        session.suspendAutoflush(() -> mark(session, type, selected, marked, expunged));
        return selected.size();
      });
      if (count > 0) {
        session.flush();
      }
      return count;
    } catch (RuntimeException e) {
      DeleteCascade.unmark(session, marked, expunged);
      throw e;
    }
  }

  private static void mark(DeletingSession session, EntityType<Object> type, List<Object> keys,
      List<InstanceState> marked, List<InstanceState> expunged) {
    for (Object key : keys) {
      Object entity = session.get(type.javaType(), key);
      InstanceState state = entity == null ? null : session.identityMap().state(entity);
      if (state != null) {
        DeleteCascade.markDeleted(session, state, marked, expunged);
      }
    }
  }
}
