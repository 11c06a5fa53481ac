package dev.sluice.runtime.internal.flush;

import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.internal.state.IdentitySet;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.ForeignKeyRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a flush's DELETEs. A deleted row that no surviving row references goes first,
 * before any INSERT (so a one-to-one replaced under DELETE_ORPHAN frees its UNIQUE key for the
 * new row); the rest go last, after the UPDATEs that stop referencing them. Either group runs
 * children before parents: reverse insert order, and within a self-referencing table row by row.
 */
final class DeleteOrder {
  private final Map<EntityType<?>, Map<Object, InstanceState>> deletedByKey = new HashMap<>();
  private final IdentitySet<InstanceState> late = new IdentitySet<>();
  private final List<InstanceState> early = new ArrayList<>();
  private final List<InstanceState> lateOrdered = new ArrayList<>();

  DeleteOrder(FlushingSession session, List<InstanceState> deletes,
      Collection<InstanceState> alwaysLate) {
    if (deletes.isEmpty()) {
      return; // most flushes: no need to look at the surviving rows
    }
    IdentitySet<EntityType<?>> losingRows = new IdentitySet<>();
    for (InstanceState deleted : deletes) {
      losingRows.add(deleted.type.identityRoot());
    }
    // only rows of tables with a foreign key to a table losing rows can hold a delete back
    IdentitySet<EntityType<?>> referencing = new IdentitySet<>();
    boolean anyHeld = false;
    for (EntityType<?> type : session.schema().entities()) {
      if (referencesTableOf(type, losingRows)) {
        referencing.add(type);
        anyHeld |= session.identityMap().holdsAny(type);
      }
    }
    if (!anyHeld && alwaysLate.isEmpty()) {
      early.addAll(childrenFirst(new ArrayList<>(deletes))); // nothing can hold one back
      return;
    }
    for (InstanceState deleted : deletes) {
      deletedByKey.computeIfAbsent(deleted.type.identityRoot(),
          t -> new HashMap<>(deletes.size() * 4 / 3 + 1)).put(deleted.key(), deleted);
    }
    Collection<InstanceState> survivors = anyHeld ? session.identityMap().view() : List.of();
    for (InstanceState survivor : survivors) {
      if (survivor.status() == ObjectState.PERSISTENT && survivor.snapshot() != null
          && referencing.contains(survivor.type)) {
        late.addAll(referenced(survivor));
      }
    }
    // Set-based statements reach rows of other tables the saves may still write: run them last.
    alwaysLate.forEach(late::add);
    List<InstanceState> work = new ArrayList<>(late);
    for (int i = 0; i < work.size(); i++) {
      for (InstanceState parent : referenced(work.get(i))) {
        if (late.add(parent)) {
          work.add(parent);
        }
      }
    }
    List<InstanceState> earlyRows = new ArrayList<>();
    List<InstanceState> lateRows = new ArrayList<>();
    for (InstanceState deleted : deletes) {
      (late.contains(deleted) ? lateRows : earlyRows).add(deleted);
    }
    early.addAll(childrenFirst(earlyRows));
    lateOrdered.addAll(childrenFirst(lateRows));
  }

  /** Deletes that can run before every INSERT and UPDATE. */
  List<InstanceState> early() {
    return early;
  }

  /** Deletes that must wait until surviving rows stop referencing them. */
  List<InstanceState> late() {
    return lateOrdered;
  }

  private static boolean referencesTableOf(EntityType<?> type,
      IdentitySet<EntityType<?>> roots) {
    for (ForeignKeyRef fk : type.foreignKeys()) {
      if (roots.contains(EntityModel.of(fk.referenced()).identityRoot())) {
        return true;
      }
    }
    return false;
  }

  /** The deleted rows that {@code row} references in the database (its snapshot). */
  private List<InstanceState> referenced(InstanceState row) {
    List<InstanceState> parents = new ArrayList<>();
    for (ForeignKeyRef fk : row.type.foreignKeys()) {
      Map<Object, InstanceState> candidates =
          deletedByKey.get(EntityModel.of(fk.referenced()).identityRoot());
      if (candidates == null) {
        continue;
      }
      if (!referencesKey(fk)) {
        parents.addAll(candidates.values()); // cannot tell which: keep them all late
        continue;
      }
      InstanceState parent = candidates.get(referencedKey(fk, row.snapshot()));
      if (parent != null && parent != row) {
        parents.add(parent);
      }
    }
    return parents;
  }

  /** Whether a foreign key references the whole primary key, of one column or several. */
  private static boolean referencesKey(ForeignKeyRef fk) {
    if (fk.referencesId()) {
      return true;
    }
    EntityType<?> parent = fk.referenced();
    if (!parent.hasCompositeKey() || fk.columns().length != parent.idColumns().size()) {
      return false;
    }
    for (int column : fk.referencedColumns()) {
      if (!parent.columns().get(column).primaryKey()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The primary key a foreign key that {@link #referencesKey references a key} names in a
   * row's {@code values}, or {@code null} where it holds a NULL.
   */
  private static Object referencedKey(ForeignKeyRef fk, Object[] values) {
    if (fk.referencesId()) {
      return values[fk.columns()[0]];
    }
    EntityModel<?> parent = EntityModel.of(fk.referenced());
    Object[] row = new Object[parent.columns().size()];
    for (int j = 0; j < fk.columns().length; j++) {
      row[fk.referencedColumns()[j]] = values[fk.columns()[j]];
    }
    return parent.key(row);
  }

  /** Reverse insert order; within a table, rows referencing another deleted row go first. */
  private List<InstanceState> childrenFirst(List<InstanceState> rows) {
    if (!inOrder(rows)) {
      rows.sort(DeleteOrder::compareChildrenFirst);
    }
    // Each table in turn: ordering rows across tables at once would let a parent table's row
    // go ahead of the children still waiting on each other (replies before what they answer).
    List<InstanceState> ordered = new ArrayList<>(rows.size());
    int from = 0;
    while (from < rows.size()) {
      int to = from;
      while (to < rows.size() && rows.get(to).type.sharesTableWith(rows.get(from).type)) {
        to++;
      }
      ordered.addAll(withinTable(rows.subList(from, to)));
      from = to;
    }
    return ordered;
  }

  /** Later tables in insert order first, then by arrival in the session. */
  private static int compareChildrenFirst(InstanceState a, InstanceState b) {
    if (a.type != b.type) { // most deletes of a flush are of one type: skip to the sequence
      int byTable =
          Integer.compare(b.type.plan().insertPosition(), a.type.plan().insertPosition());
      if (byTable != 0) {
        return byTable;
      }
    }
    return Long.compare(a.sequence, b.sequence);
  }

  /** Whether the rows are sorted already, as one type's deletes in arrival order usually are. */
  private static boolean inOrder(List<InstanceState> rows) {
    for (int i = 1; i < rows.size(); i++) {
      if (compareChildrenFirst(rows.get(i - 1), rows.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  /** One table's rows, each after the rows that reference it. */
  private List<InstanceState> withinTable(List<InstanceState> rows) {
    if (rows.stream().noneMatch(row -> selfReferencing(row.type))) {
      return rows; // no row of the table can reference another: the order stands
    }
    Map<InstanceState, Integer> referencedBy = new HashMap<>();
    IdentitySet<InstanceState> inGroup = new IdentitySet<>();
    inGroup.addAll(rows);
    for (InstanceState row : rows) {
      for (InstanceState parent : selfReferenced(row)) {
        if (inGroup.contains(parent)) {
          referencedBy.merge(parent, 1, Integer::sum);
        }
      }
    }
    List<InstanceState> ordered = new ArrayList<>(rows.size());
    IdentitySet<InstanceState> done = new IdentitySet<>();
    while (ordered.size() < rows.size()) {
      boolean progressed = false;
      for (InstanceState row : rows) {
        if (!done.contains(row) && referencedBy.getOrDefault(row, 0) == 0) {
          done.add(row);
          ordered.add(row);
          progressed = true;
          for (InstanceState parent : selfReferenced(row)) {
            if (inGroup.contains(parent)) {
              referencedBy.merge(parent, -1, Integer::sum);
            }
          }
        }
      }
      if (!progressed) {
        rows.stream().filter(row -> !done.contains(row)).forEach(ordered::add);
        break; // a reference cycle among rows: the database will report it
      }
    }
    return ordered;
  }

  /** Whether a row of {@code type} can reference another deleted row of its table. */
  private static boolean selfReferencing(EntityModel<Object> type) {
    for (ForeignKeyRef fk : type.foreignKeys()) {
      if (ordersWithinTable(type, fk)) {
        return true;
      }
    }
    return false;
  }

  private static boolean ordersWithinTable(EntityModel<Object> type, ForeignKeyRef fk) {
    return type.sharesTableWith(fk.referenced()) && fk.referencesId()
        && !type.plan().isPostUpdateColumn(fk.columns()[0]);
  }

  private List<InstanceState> selfReferenced(InstanceState row) {
    List<InstanceState> parents = new ArrayList<>();
    for (ForeignKeyRef fk : row.type.foreignKeys()) {
      if (ordersWithinTable(row.type, fk)) {
        InstanceState parent = deletedByKey.getOrDefault(row.type.identityRoot(), Map.of())
            .get(row.snapshot()[fk.columns()[0]]);
        if (parent != null && parent != row) {
          parents.add(parent);
        }
      }
    }
    return parents;
  }
}
