package dev.sluice.processor.plan;

import dev.sluice.processor.model.Entity;
import java.util.List;

/**
 * One relation's set-based delete step: statements over the parents' keys ({@code {keys}}),
 * or the deletion of the {@code children} rows that {@code condition} selects by their own
 * plan ({@code ownRows}: the owner's own table, a self-referential tree). Referring to the
 * children's plan instead of repeating its statements keeps generated code linear in the
 * schema; the runtime composes the SQL.
 */
public record SetStepPlan(List<SetStatementPlan> statements, Entity children, boolean ownRows,
    String condition) {

  static SetStepPlan of(List<SetStatementPlan> statements) {
    return new SetStepPlan(List.copyOf(statements), null, false, null);
  }

  static SetStepPlan cascade(Entity children, boolean ownRows, String condition) {
    return new SetStepPlan(List.of(), children, ownRows, condition);
  }

  /** Whether the step runs any statement. */
  public boolean isEmpty() {
    return children == null && statements.isEmpty();
  }
}
