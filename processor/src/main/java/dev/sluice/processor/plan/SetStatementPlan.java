package dev.sluice.processor.plan;

import dev.sluice.processor.model.Entity;
import java.util.List;

/**
 * One statement of a set-based delete step: its SQL (keys of the deleted parents in
 * {@code {keys}}) and what it does to the rows of {@code entity} it returns.
 */
public record SetStatementPlan(Entity entity, Effect effect, List<String> nullifiedFields,
    String sql) {

  /** What the statement does to the rows whose keys it returns. */
  public enum Effect {
    /** Nothing to report back (association rows). */
    NONE,
    /** The rows' foreign keys are set to NULL. */
    NULLIFY
  }
}
