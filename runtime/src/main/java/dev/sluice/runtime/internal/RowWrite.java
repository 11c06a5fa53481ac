package dev.sluice.runtime.internal;

import dev.sluice.runtime.meta.EntityType;

/**
 * One row a flush inserts or updates: the values to write and, for foreign keys set through
 * relations, which object's key each takes, resolved once that object's key is known.
 */
final class RowWrite {
  /** Where a column's value comes from: a column of another object, or NULL. */
  static final class Source {
    static final Source NULL = new Source(null, null, -1);

    final Object parent;
    final EntityType<Object> parentType;
    final int parentColumn;

    Source(Object parent, EntityType<Object> parentType, int parentColumn) {
      this.parent = parent;
      this.parentType = parentType;
      this.parentColumn = parentColumn;
    }
  }

  final InstanceState state;
  final boolean insert;
  /** Per column index, where its value is taken from, or null; later sources win. */
  private Source[] sources;
  /** The values to write, in column order; sources are applied as their keys become known. */
  Object[] values;
  /** Whether the database generated the id at this INSERT. */
  boolean generatedId;
  /**
   * For a row switch: the deleted object whose row, with the same key, this new object takes
   * over; the INSERT becomes an UPDATE of that row and its DELETE is dropped.
   */
  InstanceState replaces;

  RowWrite(InstanceState state, boolean insert) {
    this.state = state;
    this.insert = insert;
  }

  void source(int column, Source source) {
    if (sources == null) {
      sources = new Source[state.type.columns().size()];
    }
    sources[column] = source;
  }

  /** Where the column's value comes from, or {@code null} if it is the field's own value. */
  Source sourceOf(int column) {
    return sources == null ? null : sources[column];
  }

  /** The number of column indexes {@link #sourceOf} accepts (zero when there are no sources). */
  int sourceSlots() {
    return sources == null ? 0 : sources.length;
  }

  /** Whether this write runs as an INSERT (a row switch updates the row it replaces). */
  boolean insertsRow() {
    return insert && replaces == null;
  }

  /** The row's values in the database before this flush, or {@code null} for a new row. */
  Object[] baseline() {
    if (replaces != null) {
      return replaces.snapshot;
    }
    return insert ? null : state.snapshot;
  }

  /** The key the row has in the database before this flush. */
  Object rowKey() {
    return replaces != null ? replaces.key : state.key;
  }

  EntityType<Object> type() {
    return state.type;
  }
}
