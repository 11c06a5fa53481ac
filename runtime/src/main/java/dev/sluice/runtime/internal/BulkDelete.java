package dev.sluice.runtime.internal;

import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.SetStatement;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Deletes rows by key with every cascade: through the compiled set-based plan in a savepoint,
 * or, when the plan needs per-row work, by loading the objects and deleting them in the session.
 */
final class BulkDelete {
  private static final String SAVEPOINT = "sluice_bulk_delete";

  private BulkDelete() {}

  static int run(SessionImpl session, EntityType<Object> type, List<Object> keys) {
    if (keys.isEmpty()) {
      return 0;
    }
    List<SetStatement> plan = type.plan().bulkDelete();
    if (plan == null) {
      for (Object key : keys) {
        Object entity = session.get(type.javaType(), key);
        if (entity != null) {
          session.delete(entity);
        }
      }
      session.flush();
      return keys.size();
    }
    Handle handle = session.handle();
    SetDeletes deletes = new SetDeletes(session);
    handle.savepoint(SAVEPOINT);
    try {
      deletes.run(new StatementRunner(handle, session.dialect()), plan, keys, type.idColumn(),
          type.name());
    } catch (RuntimeException e) {
      handle.rollbackToSavepoint(SAVEPOINT);
      throw e;
    }
    handle.releaseSavepoint(SAVEPOINT);
    deletes.apply();
    return keys.size();
  }
}
