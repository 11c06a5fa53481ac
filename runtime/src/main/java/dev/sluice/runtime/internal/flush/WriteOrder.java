package dev.sluice.runtime.internal.flush;

import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.internal.flush.FlushWork.TableWrites;
import dev.sluice.runtime.internal.state.IdentitySet;
import dev.sluice.runtime.internal.state.InstanceState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The order of a flush's INSERTs and UPDATEs: tables in insert order (parents first); within a
 * table, a new row after the new rows of the same table it references (an adjacency list
 * inserted parent first), and the INSERTs before the UPDATEs when an UPDATE takes their keys.
 */
final class WriteOrder {
  private final FlushingSession session;
  /** The token under which the written objects' states file their row writes. */
  private final Object written;

  private WriteOrder(FlushingSession session, Object written) {
    this.session = session;
    this.written = written;
  }

  /** The writes grouped per table, in insert order. */
  static List<TableWrites> tables(FlushingSession session, List<RowWrite> writes,
      Object written) {
    if (writes.isEmpty()) {
      return List.of();
    }
    Map<Integer, List<RowWrite>> byTable = new TreeMap<>();
    for (RowWrite write : writes) {
      byTable.computeIfAbsent(write.type().plan().insertPosition(), k -> new ArrayList<>())
          .add(write);
    }
    WriteOrder order = new WriteOrder(session, written);
    List<TableWrites> tables = new ArrayList<>(byTable.size());
    for (List<RowWrite> table : byTable.values()) {
      tables.add(order.table(table));
    }
    return Collections.unmodifiableList(tables);
  }

  private TableWrites table(List<RowWrite> table) {
    List<RowWrite> updates = new ArrayList<>();
    List<RowWrite> inserts = new ArrayList<>(table.size());
    for (RowWrite write : table) {
      (write.insertsRow() ? inserts : updates).add(write);
    }
    List<List<RowWrite>> levels = insertLevels(inserts);
    // A self-referencing table: parents' keys come first.
    boolean insertsFirst = levels.size() > 1 || dependsOnInserts(updates, inserts);
    return new TableWrites(Collections.unmodifiableList(table),
        Collections.unmodifiableList(updates), Collections.unmodifiableList(levels),
        insertsFirst);
  }

  /** A table's INSERTs in groups, each row after those it references. One group if none. */
  private List<List<RowWrite>> insertLevels(List<RowWrite> inserts) {
    if (inserts.isEmpty()) {
      return List.of();
    }
    if (!referencesOwnTable(inserts)) {
      return List.of(Collections.unmodifiableList(inserts));
    }
    List<List<RowWrite>> levels = new ArrayList<>(1);
    List<RowWrite> remaining = inserts;
    IdentitySet<RowWrite> unplaced = new IdentitySet<>();
    unplaced.addAll(inserts);
    while (!remaining.isEmpty()) {
      List<RowWrite> level = new ArrayList<>(remaining.size());
      List<RowWrite> rest = new ArrayList<>();
      for (RowWrite write : remaining) {
        (hasPendingParent(write, unplaced) ? rest : level).add(write);
      }
      if (level.isEmpty()) {
        throw new InvalidRequestException("Rows of " + remaining.get(0).type().name()
            + " reference each other in a cycle: put postUpdate on the relationship of one"
            + " of them");
      }
      levels.add(Collections.unmodifiableList(level));
      level.forEach(unplaced::remove);
      remaining = rest;
    }
    return levels;
  }

  /** Whether a row takes a key from a row of its own table (else the rows need no order). */
  private static boolean referencesOwnTable(List<RowWrite> writes) {
    for (RowWrite write : writes) {
      for (int column = 0; column < write.sourceSlots(); column++) {
        RowWrite.Source source = write.sourceOf(column);
        if (source != null && write.type().sharesTableWith(source.parentType())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether an UPDATE of the table takes a key from a row the same table is inserting. */
  private boolean dependsOnInserts(List<RowWrite> updates, List<RowWrite> inserts) {
    if (updates.isEmpty() || inserts.isEmpty() || !referencesOwnTable(updates)) {
      return false;
    }
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
      if (source == null || source.parent() == null
          || !write.type().sharesTableWith(source.parentType())
          || write.type().plan().isPostUpdateColumn(column)) {
        continue;
      }
      InstanceState parentState = session.identityMap().state(source.parent());
      RowWrite parent = parentState == null ? null
          : (RowWrite) parentState.plannedWrite(written);
      if (parent != null && parent != write && parent.insert && candidates.contains(parent)) {
        return true;
      }
    }
    return false;
  }
}
