package dev.sluice.runtime.generated;

import java.util.List;
import java.util.Objects;

/**
 * One relation's set-based delete step as the processor wrote it: statements over the parents'
 * keys (children set to NULL, association rows deleted), or the deletion of the child rows
 * those keys select by the children's own plan, so that no plan repeats another's statements.
 */
final class SetStep {
  private final List<SetStatement> statements;
  private final FlushPlan<?> children;
  private final boolean ownRows;
  private final String condition;

  private SetStep(List<SetStatement> statements, FlushPlan<?> children, boolean ownRows,
      String condition) {
    this.statements = statements;
    this.children = children;
    this.ownRows = ownRows;
    this.condition = condition;
  }

  /** Statements over the parents' keys, as written. */
  static SetStep of(List<SetStatement> statements) {
    return new SetStep(List.copyOf(statements), null, false, null);
  }

  /**
   * Deleting the rows of {@code children}'s table that {@code condition} selects (its
   * {@code {keys}} are the parents' keys), with their own cascades.
   */
  static SetStep cascade(FlushPlan<?> children, String condition) {
    return new SetStep(List.of(), Objects.requireNonNull(children), false,
        Objects.requireNonNull(condition));
  }

  /** Like {@link #cascade}, into the owner's own table (a self-referential tree). */
  static SetStep ownRows(String condition) {
    return new SetStep(List.of(), null, true, Objects.requireNonNull(condition));
  }

  /** The statements of the step, as written; empty for a cascade. */
  List<SetStatement> statements() {
    return statements;
  }

  /** The plan that deletes the selected rows ({@code owner} for a tree), or {@code null}. */
  FlushPlan<?> children(FlushPlan<?> owner) {
    return ownRows ? owner : children;
  }

  /** The rows to delete, over the child table's columns, with {@code {keys}} for the parents. */
  String condition() {
    return condition;
  }
}
