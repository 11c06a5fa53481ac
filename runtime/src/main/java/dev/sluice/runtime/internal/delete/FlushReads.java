package dev.sluice.runtime.internal.delete;

import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;
import java.util.List;

/**
 * The rows a flush's planner may have to read: related objects of a deleted or re-keyed owner
 * and the old parent of an orphan. The session's {@link Loader} reads them from the database
 * (inside the flush's savepoint); a test gives objects from memory.
 */
public interface FlushReads {
  /**
   * The objects related to one owner now, loading the relation first unless
   * {@code leaveUnloaded}.
   */
  List<Object> related(InstanceState owner, Relation<Object, Object> relation,
      boolean leaveUnloaded);

  /** The objects related to a persistent owner by the key it had when last read or written. */
  List<Object> relatedByStoredKey(InstanceState owner, Relation<Object, Object> relation);

  /** The objects whose rows hold {@code values} in {@code columns}. */
  List<Object> rowsWhere(EntityType<Object> type, int[] columns, Object[] values);

  /** The object of the row with this id, read into the session if need be, or {@code null}. */
  Object row(EntityType<Object> type, Object id);
}
