package dev.sluice.runtime.internal;

import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.SetStatement;
import java.util.List;
import java.util.function.Supplier;

/**
 * Deletes rows by key with every cascade: through the compiled set-based plan in a savepoint,
 * or, when the plan needs per-row work, by loading the objects and deleting them in the session.
 */
final class BulkDelete {
  private static final String SAVEPOINT = "sluice_bulk_delete";

  private BulkDelete() {}

  /**
   * Deletes the rows whose keys {@code keys} selects; the SELECT runs inside the same savepoint
   * as the deletes, so a failure anywhere leaves the transaction usable and unchanged.
   */
  static int run(SessionImpl session, EntityType<Object> type, Supplier<List<Object>> keys) {
    List<SetStatement> plan = type.plan().bulkDelete();
    if (plan == null) {
      List<Object> selected = session.inSavepoint(SAVEPOINT, "bulk delete of " + type.name(),
          keys);
      return rowByRow(session, type, selected);
    }
    SetDeletes deletes = new SetDeletes(session);
    int count = session.inSavepoint(SAVEPOINT, "bulk delete of " + type.name(), () -> {
      List<Object> selected = keys.get();
      if (!selected.isEmpty()) {
        deletes.run(new StatementRunner(session.handle(), session.dialect()), plan, selected,
            type.idColumn(), type.name());
      }
      return selected.size();
    });
    deletes.apply();
    return count;
  }

  /** Loads and deletes each object in the session, then flushes (in its own savepoint). */
  private static int rowByRow(SessionImpl session, EntityType<Object> type, List<Object> keys) {
    if (keys.isEmpty()) {
      return 0;
    }
    for (Object key : keys) {
      Object entity = session.get(type.javaType(), key);
      if (entity != null) {
        session.delete(entity);
      }
    }
    session.flush();
    return keys.size();
  }
}
