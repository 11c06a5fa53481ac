package dev.sluice.runtime.internal.flush;

import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.internal.sql.StatementRunner;
import dev.sluice.runtime.internal.sql.ValueArgument;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.ForeignKeyRef;
import dev.sluice.runtime.meta.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The values a flush writes for each row: the object's fields with the keys its relations
 * give it, looked up when the referenced row's key is known (after its INSERT if generated).
 */
final class RowValues {
  private final FlushingSession session;
  private final FlushWork work;
  private final FlushOutcome outcome;

  RowValues(FlushingSession session, FlushWork work, FlushOutcome outcome) {
    this.session = session;
    this.work = work;
    this.outcome = outcome;
  }

  /**
   * The row's values with every source applied. A post-update column whose referenced row is
   * not written yet stays NULL until {@code deferPostUpdates} is false (the post-update).
   */
  Object[] resolve(RowWrite write, boolean deferPostUpdates) {
    Object[] values = outcome.values(write);
    if (values == null) {
      values = write.valuesToResolve();
      outcome.resolved(write, values);
    }
    for (int column = 0; column < write.sourceSlots(); column++) {
      RowWrite.Source source = write.sourceOf(column);
      if (source == null) {
        continue;
      }
      if (source.parent() == null) {
        values[column] = null;
        continue;
      }
      Object value = currentValue(source.parent(), source.parentType(), source.parentColumn());
      if (value == null && deferPostUpdates
          && write.type().plan().isPostUpdateColumn(column)) {
        values[column] = null;
        continue;
      }
      if (value == null) {
        throw new InvalidRequestException(write.type().name() + "."
            + write.type().columns().get(column).field() + " refers to a "
            + source.parentType().name() + " whose key is not known when the row is written:"
            + " rows that reference each other need postUpdate on one relationship");
      }
      values[column] = value;
    }
    return values;
  }

  /**
   * The old and new values of a relation's owner join columns that a key change moves, or
   * {@code null} when the join is not on the changed key: one column, or every column of a
   * composite primary key.
   */
  private static Object[][] joinedValues(Relation<Object, ?> relation,
      FlushWork.KeyChange change) {
    if (change.column() >= 0) {
      return relation.joinWidth() == 1 && relation.ownerJoinColumn(0).index() == change.column()
          ? new Object[][] {{change.oldKey()}, {change.newKey()}} : null;
    }
    EntityModel<Object> owner = change.state().type;
    Object[] oldKey = owner.keyValues(change.oldKey());
    Object[] newKey = owner.keyValues(change.newKey());
    Object[][] values = new Object[2][relation.joinWidth()];
    for (int i = 0; i < relation.joinWidth(); i++) {
      int part = owner.idColumns().indexOf(relation.ownerJoinColumn(i));
      if (part < 0 || relation.joinWidth() != owner.idColumns().size()) {
        return null;
      }
      values[0][i] = oldKey[part];
      values[1][i] = newKey[part];
    }
    return values;
  }

  /**
   * The key that finds the row when its UPDATE runs: its key before the flush, with each key
   * column that references a parent key changed earlier in this flush through ON UPDATE
   * CASCADE replaced by the value the database carried into it.
   */
  Object keyAtUpdate(RowWrite write) {
    Object key = write.rowKey();
    EntityModel<Object> type = write.type();
    Object[] baseline = write.baseline();
    if (baseline == null || work.keyChanges().isEmpty()) {
      return key;
    }
    Object[] carried = baseline.clone();
    for (ForeignKeyRef fk : type.foreignKeys()) {
      int column = fk.columns()[0];
      if (!fk.cascadesUpdates() || fk.columns().length != 1
          || !type.columns().get(column).primaryKey()) {
        continue;
      }
      for (FlushWork.KeyChange change : work.keyChanges()) {
        if (change.column() == fk.referencedColumns()[0]
            && EntityModel.of(change.state().type).sharesTableWith(fk.referenced())
            && Objects.equals(change.oldKey(), carried[column])) {
          carried[column] = change.newKey();
        }
      }
    }
    return type.key(carried);
  }

  /** A column of an object as this flush leaves it (written values first, else the field). */
  Object currentValue(Object entity, EntityType<Object> type, int column) {
    InstanceState state = session.identityMap().state(entity);
    RowWrite write = state == null ? null : work.write(state);
    Object[] values = write == null ? null : outcome.values(write);
    return values != null ? values[column] : EntityModel.of(type).get(entity, column);
  }

  /** A column of an object as the database holds it before this flush. */
  Object storedValue(Object entity, EntityType<Object> type, int column) {
    InstanceState state = session.identityMap().state(entity);
    return state != null && state.snapshot() != null ? state.snapshot()[column]
        : EntityModel.of(type).get(entity, column);
  }

  /** With {@code passiveUpdates = false}: association rows follow a table's changed keys. */
  List<StatementRunner.Stmt> associationKeyUpdates(List<RowWrite> table) {
    List<StatementRunner.Stmt> statements = new ArrayList<>();
    for (FlushWork.KeyChange change : work.keyChanges()) {
      if (!table.contains(work.write(change.state()))) {
        continue;
      }
      for (Relation<Object, ?> relation : change.state().type.relations()) {
        if (relation.direction() != Relation.Direction.MANY_TO_MANY
            || relation.passiveUpdates()) {
          continue;
        }
        Object[][] values = joinedValues(relation, change);
        if (values == null) {
          continue;
        }
        List<ValueArgument> arguments = new ArrayList<>();
        for (Object[] side : List.of(values[1], values[0])) { // SET the new, WHERE the old
          for (int i = 0; i < side.length; i++) {
            arguments.add(ValueArgument.of(session.dialect(), side[i],
                relation.ownerJoinColumn(i).type()));
          }
        }
        statements.add(new StatementRunner.Stmt(relation.secondaryTable(), "UPDATE",
            Links.statementsOf(relation).updateOwnerKey(), arguments, false));
      }
    }
    return statements;
  }
}
