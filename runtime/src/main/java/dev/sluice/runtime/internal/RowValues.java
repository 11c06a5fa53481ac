package dev.sluice.runtime.internal;

import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * The values a flush writes for each row: the object's fields with the keys its relations
 * give it, looked up when the referenced row's key is known (after its INSERT if generated).
 */
final class RowValues {
  private final SessionImpl session;
  private final UnitOfWork work;

  RowValues(SessionImpl session, UnitOfWork work) {
    this.session = session;
    this.work = work;
  }

  /**
   * The row's values with every source applied. A post-update column whose referenced row is
   * not written yet stays NULL until {@code deferPostUpdates} is false (the post-update).
   */
  Object[] resolve(RowWrite write, boolean deferPostUpdates) {
    if (write.values == null) {
      write.values = write.type().snapshot(write.state.entity);
    }
    for (int column = 0; column < write.sourceSlots(); column++) {
      RowWrite.Source source = write.sourceOf(column);
      if (source == null) {
        continue;
      }
      if (source.parent == null) {
        write.values[column] = null;
        continue;
      }
      Object value = currentValue(source.parent, source.parentType, source.parentColumn);
      if (value == null && deferPostUpdates
          && write.type().plan().isPostUpdateColumn(column)) {
        write.values[column] = null;
        continue;
      }
      if (value == null) {
        throw new InvalidRequestException(write.type().name() + "."
            + write.type().columns().get(column).field() + " refers to a "
            + source.parentType.name() + " whose key is not known when the row is written:"
            + " rows that reference each other need postUpdate on one relationship");
      }
      write.values[column] = value;
    }
    return write.values;
  }

  /** A column of an object as this flush leaves it (written values first, else the field). */
  Object currentValue(Object entity, EntityType<Object> type, int column) {
    InstanceState state = session.identityMap.state(entity);
    RowWrite write = state == null ? null : work.writes.get(state);
    return write != null && write.values != null ? write.values[column] : type.get(entity, column);
  }

  /** A column of an object as the database holds it before this flush. */
  Object storedValue(Object entity, EntityType<Object> type, int column) {
    InstanceState state = session.identityMap.state(entity);
    return state != null && state.snapshot != null ? state.snapshot[column]
        : type.get(entity, column);
  }

  /**
   * Groups a table's INSERTs so that a row comes after the rows of the same table it
   * references (an adjacency list inserted parent first). One group when there are none.
   */
  List<List<RowWrite>> insertLevels(List<RowWrite> inserts) {
    List<List<RowWrite>> levels = new ArrayList<>();
    List<RowWrite> remaining = new ArrayList<>(inserts);
    IdentitySet<RowWrite> unplaced = new IdentitySet<>();
    unplaced.addAll(inserts);
    while (!remaining.isEmpty()) {
      List<RowWrite> level = new ArrayList<>();
      for (RowWrite write : remaining) {
        if (!hasPendingParent(write, unplaced)) {
          level.add(write);
        }
      }
      if (level.isEmpty()) {
        throw new InvalidRequestException("Rows of " + remaining.get(0).type().name()
            + " reference each other in a cycle: put postUpdate on the relationship of one"
            + " of them");
      }
      levels.add(level);
      level.forEach(unplaced::remove);
      remaining.removeIf(write -> !unplaced.contains(write));
    }
    return levels;
  }

  /** Whether an UPDATE of the table takes a key from a row the same table is inserting. */
  boolean dependsOnInserts(List<RowWrite> updates, List<RowWrite> inserts) {
    IdentitySet<RowWrite> candidates = new IdentitySet<>();
    candidates.addAll(inserts);
    for (RowWrite update : updates) {
      if (hasPendingParent(update, candidates)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the row takes a key from another row of its table among {@code candidates}. */
  private boolean hasPendingParent(RowWrite write, IdentitySet<RowWrite> candidates) {
    for (int column = 0; column < write.sourceSlots(); column++) {
      RowWrite.Source source = write.sourceOf(column);
      if (source == null || source.parent == null || source.parentType != write.type()
          || write.type().plan().isPostUpdateColumn(column)) {
        continue;
      }
      InstanceState parentState = session.identityMap.state(source.parent);
      RowWrite parent = parentState == null ? null : work.writes.get(parentState);
      if (parent != null && parent != write && parent.insert && candidates.contains(parent)) {
        return true;
      }
    }
    return false;
  }

  /** With {@code passiveUpdates = false}: association rows follow a table's changed keys. */
  List<StatementRunner.Stmt> associationKeyUpdates(List<RowWrite> table) {
    List<StatementRunner.Stmt> statements = new ArrayList<>();
    for (UnitOfWork.KeyChange change : work.keyChanges) {
      if (!table.contains(work.writes.get(change.state))) {
        continue;
      }
      for (Relation<Object, ?> relation : change.state.type.relations()) {
        if (relation.direction() != Relation.Direction.MANY_TO_MANY || relation.passiveUpdates()
            || relation.joinWidth() != 1) {
          continue;
        }
        Column key = relation.ownerJoinColumn(0);
        String column = relation.secondaryOwnerColumn(0);
        statements.add(new StatementRunner.Stmt(relation.secondaryTable(), "UPDATE",
            "UPDATE " + relation.secondaryTable() + " SET " + column + " = ? WHERE " + column
                + " = ?", List.of(ValueArgument.of(session.dialect(), change.newKey, key.type()),
                ValueArgument.of(session.dialect(), change.oldKey, key.type())), false));
      }
    }
    return statements;
  }
}
