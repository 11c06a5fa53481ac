package dev.sluice.runtime.internal.load;

import dev.sluice.runtime.internal.delete.DeletingSession;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.EntityType;
import java.util.function.Supplier;

/**
 * What loading and queries need from a session beyond what deletes do (a query's bulk delete
 * runs the delete cascade): its loader, autoflush, translated reads, and attaching the objects
 * of rows read. The session implements it.
 */
public interface LoadingSession extends DeletingSession {
  @Override
  Loader loader();

  /** Flushes first if autoflush is on and no flush or cascade is under way. */
  void autoflush();

  /** Runs a read, translating a failed statement. */
  <T> T read(Supplier<T> body);

  /** Registers the persistent state of an object just read; its relations start unloaded. */
  InstanceState attachLoaded(Object entity, EntityType<?> type);
}
