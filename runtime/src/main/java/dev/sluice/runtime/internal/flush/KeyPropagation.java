package dev.sluice.runtime.internal.flush;

import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.ForeignKeyRef;
import dev.sluice.runtime.meta.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * With {@code passiveUpdates = false}, copies a changed referenced value (a primary key, or a
 * UNIQUE column a foreign key names) into every row that references it, whichever side
 * declares the relation, and on through rows whose own referenced values change with it.
 */
final class KeyPropagation {
  /** A foreign key whose referenced values the ORM propagates: parent columns to child ones. */
  private record Join(EntityType<Object> parent, int[] parentColumns, EntityType<Object> child,
      int[] childColumns, Relation<Object, Object> collection) {}

  private final FlushingSession session;
  private final UnitOfWork work;
  private final List<Join> joins;

  KeyPropagation(FlushingSession session, UnitOfWork work) {
    this.session = session;
    this.work = work;
    this.joins = joins(session);
  }

  /** Records every primary-key change, and plans the UPDATEs that propagate changed values. */
  void plan() {
    recordCascadedValueChanges();
    List<InstanceState> changed = new ArrayList<>();
    // Only an object with a planned write can change a referenced value: in a field, which the
    // dirty check saw and planned the write for (decimals compared by value, byte arrays by
    // content), or through a relation's source, which only a planned write has.
    for (InstanceState state : work.persistentWritten()) {
      if (state.snapshot() != null && changesReferencedValue(state)) {
        changed.add(state);
      }
    }
    for (int i = 0; i < changed.size(); i++) {
      InstanceState parent = changed.get(i);
      Object newKey = newKey(parent);
      if (parent.key() != null && !Objects.equals(parent.key(), newKey)) {
        if (!parent.type.plan().joinedTables().isEmpty()) {
          // the key of each joined table's row references the base row's: no order of
          // UPDATEs satisfies a database foreign key, and a logical one would be left behind
          throw new InvalidRequestException("The id of " + parent.type.name() + " "
              + parent.key() + " changed to " + newKey + ", but its row is in several tables"
              + " (joined-table inheritance), whose keys Sluice does not change: delete the"
              + " object and add a new one with the new id");
        }
        work.keyChanged(new FlushWork.KeyChange(parent, parent.key(), newKey));
      }
      for (Join join : joins) {
        if (join.parent().javaType().isInstance(parent.entity)
            && changed(parent, join.parentColumns())) {
          for (InstanceState child : children(parent, join)) {
            RowWrite.Draft write = work.write(child);
            for (int c = 0; c < join.childColumns().length; c++) {
              write.source(join.childColumns()[c], new RowWrite.Source(parent.entity,
                  parent.type, join.parentColumns()[c]));
            }
            if (!changed.contains(child) && changesReferencedValue(child)) {
              changed.add(child);
            }
          }
        }
      }
    }
  }

  /**
   * Changed non-key columns that foreign keys with ON UPDATE CASCADE reference: the database
   * moves the rows, and the flush's result moves the loaded objects.
   */
  private void recordCascadedValueChanges() {
    for (EntityType<?> type : session.schema().entities()) {
      for (ForeignKeyRef fk : type.foreignKeys()) {
        if (!fk.cascadesUpdates() || fk.referencesId() || fk.columns().length > 1) {
          continue; // a key of several columns follows a composite primary key as a whole
        }
        int column = fk.referencedColumns()[0];
        for (InstanceState state : session.identityMap().withStatus(ObjectState.PERSISTENT)) {
          if (fk.referenced().javaType().isInstance(state.entity) && state.snapshot() != null
              && !Objects.equals(state.snapshot()[column], value(state, column))) {
            work.cascadedValueChanged(new FlushWork.KeyChange(state, column,
                state.snapshot()[column], value(state, column)));
          }
        }
      }
    }
  }

  /** Whether the object's key, or a value a propagating foreign key names, is changing. */
  private boolean changesReferencedValue(InstanceState state) {
    for (Column id : state.type.idColumns()) {
      if (!Objects.equals(state.snapshot()[id.index()], value(state, id.index()))) {
        return true;
      }
    }
    for (Join join : joins) {
      if (join.parent().javaType().isInstance(state.entity)
          && changed(state, join.parentColumns())) {
        return true;
      }
    }
    return false;
  }

  /** The key the object's row will have after this flush. */
  private Object newKey(InstanceState state) {
    Object[] values = new Object[state.type.columns().size()];
    for (Column id : state.type.idColumns()) {
      values[id.index()] = value(state, id.index());
    }
    return state.type.key(values);
  }

  private boolean changed(InstanceState state, int[] columns) {
    for (int column : columns) {
      if (!Objects.equals(state.snapshot()[column], value(state, column))) {
        return true;
      }
    }
    return false;
  }

  /** The value a column will have after this flush: from its relation source, else the field. */
  private Object value(InstanceState state, int column) {
    RowWrite.Draft write = work.planned(state);
    RowWrite.Source source = write == null ? null : write.sourceOf(column);
    if (source == null) {
      return state.type.get(state.entity, column);
    }
    if (source.parent() == null) {
      return null;
    }
    InstanceState parent = session.identityMap().state(source.parent());
    return parent == null || parent == state
        ? EntityModel.of(source.parentType()).get(source.parent(), source.parentColumn())
        : value(parent, source.parentColumn());
  }

  /** The persistent rows that reference the parent's stored values through the join. */
  private List<InstanceState> children(InstanceState parent, Join join) {
    List<InstanceState> children = new ArrayList<>();
    for (Object child : rowsReferencing(parent, join)) {
      InstanceState state = session.identityMap().state(child);
      if (state != null && state.status() == ObjectState.PERSISTENT && state != parent) {
        children.add(state);
      }
    }
    return children;
  }

  private List<?> rowsReferencing(InstanceState parent, Join join) {
    if (join.collection() != null) {
      return work.reads().relatedByStoredKey(parent, join.collection());
    }
    // Only the child declares the relation: find its rows by the value they still hold.
    Object[] values = new Object[join.childColumns().length];
    for (int c = 0; c < values.length; c++) {
      values[c] = parent.snapshot()[join.parentColumns()[c]];
    }
    return work.reads().rowsWhere(join.child(), join.childColumns(), values);
  }

  /** The joins of the schema that some relation with {@code passiveUpdates = false} covers. */
  private static List<Join> joins(FlushingSession session) {
    List<Join> joins = new ArrayList<>();
    for (EntityType<?> type : session.schema().entities()) {
      for (Relation<?, ?> r : type.relations()) {
        @SuppressWarnings("unchecked")
        Relation<Object, Object> relation = (Relation<Object, Object>) r;
        if (relation.passiveUpdates()) {
          continue;
        }
        Join join = switch (relation.direction()) {
          case ONE_TO_MANY -> new Join(relation.owner(), relation.ownerColumns(),
              relation.target(), relation.targetColumns(), relation);
          case MANY_TO_ONE -> new Join(relation.target(), relation.targetColumns(),
              relation.owner(), relation.ownerColumns(), null);
          default -> null;
        };
        if (join != null && !cascadedByDatabase(join)) {
          add(joins, join);
        }
      }
    }
    return joins;
  }

  /**
   * Whether the database's ON UPDATE CASCADE already carries the join's values: an UPDATE by
   * the ORM would come too late (the child's row may already be known by another key), and
   * the flush's result moves the loaded objects.
   */
  private static boolean cascadedByDatabase(Join join) {
    for (ForeignKeyRef fk : join.child().foreignKeys()) {
      if (fk.cascadesUpdates() && Arrays.equals(fk.columns(), join.childColumns())) {
        return true;
      }
    }
    return false;
  }

  /** Adds a join once; the side with a collection to fill wins. */
  private static void add(List<Join> joins, Join join) {
    for (int i = 0; i < joins.size(); i++) {
      Join other = joins.get(i);
      if (other.child() == join.child()
          && Arrays.equals(other.childColumns(), join.childColumns())) {
        if (other.collection() == null && join.collection() != null) {
          joins.set(i, join);
        }
        return;
      }
    }
    joins.add(join);
  }
}
