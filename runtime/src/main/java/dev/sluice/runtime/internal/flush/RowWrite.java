package dev.sluice.runtime.internal.flush;

import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.EntityType;

/**
 * One row a flush inserts or updates, as planned: the object's field values when the plan was
 * made and, for foreign keys set through relations, which object's key each column takes,
 * resolved by the execution once that object's key is known. Never changed once planned; the
 * planner fills a {@link Draft}.
 */
final class RowWrite {
  /** Where a column's value comes from: a column of another object, or NULL. */
  record Source(Object parent, EntityType<Object> parentType, int parentColumn) {
    static final Source NULL = new Source(null, null, -1);
  }

  /** A row write while the plan is being made: its sources may still change. */
  static final class Draft {
    final InstanceState state;
    final boolean insert;
    /** Per column index, where its value is taken from, or null; later sources win. */
    private Source[] sources;
    /** For a row switch: the deleted object whose row this new object takes over. */
    InstanceState replaces;

    Draft(InstanceState state, boolean insert) {
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

    /** The planned write, numbered {@code index}, with the object's fields as they are now. */
    RowWrite seal(int index) {
      Object[] fields = state.type.snapshot(state.entity);
      int discriminator = state.type.discriminatorColumn();
      if (discriminator >= 0) { // a hierarchy's row names the object's class
        Object before = fields[discriminator];
        state.type.stampIdentity(state.entity); // refuses another class's identity
        fields[discriminator] = state.type.get(state.entity, discriminator);
        // the field takes the identity with the other written values, once the flush succeeds
        state.type.set(state.entity, discriminator, before);
      }
      return new RowWrite(this, index, fields);
    }
  }

  final InstanceState state;
  final boolean insert;
  /** Its position in {@link FlushWork#writes()}: where the execution keeps its values. */
  final int index;
  private final Source[] sources;
  /** The object's field values when the plan was made, in column order (never written to). */
  private final Object[] fields;
  /**
   * For a row switch: the deleted object whose row, with the same key, this new object takes
   * over; the INSERT becomes an UPDATE of that row and its DELETE is dropped.
   */
  final InstanceState replaces;
  /** Whether a post-update column is set or comes from a relationship: a post-update may run. */
  final boolean postUpdate;

  private RowWrite(Draft draft, int index, Object[] fields) {
    this.state = draft.state;
    this.insert = draft.insert;
    this.index = index;
    this.sources = draft.sources;
    this.replaces = draft.replaces;
    this.fields = fields;
    this.postUpdate = hasPostUpdateColumns();
  }

  /** Where the column's value comes from, or {@code null} if it is the field's own value. */
  Source sourceOf(int column) {
    return sources == null ? null : sources[column];
  }

  /** The number of column indexes {@link #sourceOf} accepts (zero when there are no sources). */
  int sourceSlots() {
    return sources == null ? 0 : sources.length;
  }

  /** The field value of a column when the plan was made. */
  Object field(int column) {
    return fields[column];
  }

  /**
   * The values to write before sources are applied: the planned fields themselves when no
   * change can follow (an UPDATE without sources), else a copy the execution may fill in.
   */
  Object[] valuesToResolve() {
    return sources == null && !insert ? fields : fields.clone();
  }

  /** Whether this write runs as an INSERT (a row switch updates the row it replaces). */
  boolean insertsRow() {
    return insert && replaces == null;
  }

  /** The row's values in the database before this flush, or {@code null} for a new row. */
  Object[] baseline() {
    if (replaces != null) {
      return replaces.snapshot();
    }
    return insert ? null : state.snapshot();
  }

  /** The key the row has in the database before this flush. */
  Object rowKey() {
    return replaces != null ? replaces.key() : state.key();
  }

  EntityModel<Object> type() {
    return state.type;
  }

  private boolean hasPostUpdateColumns() {
    if (!state.type.plan().hasPostUpdateColumns()) {
      return false;
    }
    Object[] baseline = baseline();
    for (int column : state.type.plan().postUpdateColumns()) {
      if (sourceOf(column) != null || fields[column] != null
          || (baseline != null && baseline[column] != null)) {
        return true;
      }
    }
    return false;
  }
}
