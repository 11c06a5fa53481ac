package dev.sluice.runtime.internal.flush;

import dev.sluice.runtime.internal.delete.SetDeletes;

/**
 * What running a {@link FlushWork} produced, for {@link FlushResult} to apply to the objects:
 * the values each row was written with (generated keys included) and the rows the set-based
 * statements reported back.
 */
final class FlushOutcome {
  /** Per row write (by its index), the values written; {@code null} until resolved. */
  private final Object[][] values;
  /** Per row write, whether the database generated its id at the INSERT. */
  private final boolean[] generatedIds;
  private final SetDeletes setDeletes;

  FlushOutcome(int writes, SetDeletes setDeletes) {
    this.values = new Object[writes][];
    this.generatedIds = new boolean[writes];
    this.setDeletes = setDeletes;
  }

  /** The values the row was (or is being) written with, or {@code null} if not resolved yet. */
  Object[] values(RowWrite write) {
    return values[write.index];
  }

  void resolved(RowWrite write, Object[] rowValues) {
    values[write.index] = rowValues;
  }

  /** The database generated the row's id at its INSERT. */
  void generatedId(RowWrite write, int idColumn, Object id) {
    values[write.index][idColumn] = id;
    generatedIds[write.index] = true;
  }

  boolean generatedId(RowWrite write) {
    return generatedIds[write.index];
  }

  /** What the set-based statements touched, applied to objects after the flush. */
  SetDeletes setDeletes() {
    return setDeletes;
  }
}
