package dev.sluice.example.tour;

import dev.sluice.runtime.ScopedSession;
import dev.sluice.runtime.SessionFactory;

/**
 * A scenario over one {@code @Schema}: the runner creates its tables before it plays and reads
 * and drops them after, so every scenario starts from empty tables.
 */
public interface SchemaScenario extends Scenario {
  /** The schema's session factory, as the application's component provides it. */
  SessionFactory factory();

  /** The application's thread-scoped session; the runner removes it after the steps. */
  ScopedSession session();
}
