package dev.sluice.runtime.internal;

import dev.sluice.runtime.meta.EntityType;
import java.util.Map;
import java.util.TreeMap;

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
  /** Columns whose value is taken from elsewhere, by column index; later sources win. */
  final Map<Integer, Source> sources = new TreeMap<>();
  /** The values to write, in column order; sources are applied as their keys become known. */
  Object[] values;
  /** Whether the database generated the id at this INSERT. */
  boolean generatedId;

  RowWrite(InstanceState state, boolean insert) {
    this.state = state;
    this.insert = insert;
  }

  void source(int column, Source source) {
    sources.put(column, source);
  }

  EntityType<Object> type() {
    return state.type;
  }
}
