package dev.sluice.runtime.internal.flush;

import dev.sluice.runtime.internal.delete.DeletingSession;
import dev.sluice.runtime.internal.state.DetachedStates;
import dev.sluice.runtime.meta.SchemaMetadata;

/**
 * What a flush needs from a session beyond what deletes do: the schema, the detached objects
 * its factory remembers, and which objects were deleted again after a flush deleted their
 * rows. The session implements it.
 */
public interface FlushingSession extends DeletingSession {
  SchemaMetadata schema();

  /** The states of detached objects, which an orphan's old parent may be among. */
  DetachedStates detachedStates();

  /** Whether {@code entity} was deleted again after a flush of this transaction deleted it. */
  boolean isDeletedAgain(Object entity);
}
