package dev.sluice.runtime.internal.flush;

import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.Relation;
import java.util.List;
import java.util.Map;

/**
 * Everything one flush writes, planned in memory by {@link UnitOfWork} before any statement
 * runs and never changed after: {@link FlushExecution} runs it as it stands, and
 * {@link FlushResult} applies its outcome to the objects. Its lists are read-only views.
 *
 * @param tables the rows to write, per table in insert order (parents' tables first)
 * @param writes every row write, in the order they were planned
 * @param written the token under which each written object's state files its row write
 * @param deletes the objects whose rows this flush deletes, in the order they were planned
 * @param earlyDeletes deletes no surviving row references: before every INSERT, children first
 * @param lateDeletes deletes that wait for the UPDATEs that stop referencing them, children first
 * @param switchedDeletes deleted objects whose rows new objects with the same key take over
 * @param deletedAgain objects deleted again whose rows an earlier flush deleted (no statement)
 * @param linkInserts association rows to insert
 * @param linkDeletes association rows to delete one by one
 * @param unlinkAll owners whose association rows all go ({@code target} is null)
 * @param detachments relations whose rows lost their parent (nullified children, unlinked rows)
 * @param keyChanges primary keys (or referenced columns) the flush changes
 * @param cascadedValueChanges changed non-key columns a database ON UPDATE CASCADE carries
 * @param setSteps deleted objects whose unloaded children compiled set-based statements reach
 * @param marks what planning changed in the session, undone if the flush fails
 */
record FlushWork(
    List<TableWrites> tables,
    List<RowWrite> writes,
    Object written,
    List<InstanceState> deletes,
    List<InstanceState> earlyDeletes,
    List<InstanceState> lateDeletes,
    List<InstanceState> switchedDeletes,
    List<InstanceState> deletedAgain,
    List<Link> linkInserts,
    List<Link> linkDeletes,
    List<Link> unlinkAll,
    List<Detachment> detachments,
    List<KeyChange> keyChanges,
    List<KeyChange> cascadedValueChanges,
    Map<InstanceState, List<Relation<Object, Object>>> setSteps,
    Marks marks) {

  /** An association row of a many-to-many, between two objects. */
  record Link(Relation<Object, Object> relation, Object owner, Object target) {}

  /** A relation whose rows lost their parent: nullified children or deleted links. */
  record Detachment(Relation<Object, Object> relation, Object parent, Object member) {}

  /**
   * A primary key (or another referenced column) that changes: its old and new value; the
   * column is -1 for a composite key, whose values are lists.
   */
  record KeyChange(InstanceState state, int column, Object oldKey, Object newKey) {
    KeyChange(InstanceState state, Object oldKey, Object newKey) {
      this(state, state.type.hasCompositeKey() ? -1 : state.type.idColumn().index(), oldKey,
          newKey);
    }
  }

  /**
   * One table's rows: its UPDATEs, its INSERTs in levels (a row after the rows of the same
   * table it references), and whether the INSERTs go first (an UPDATE takes a key from them).
   */
  record TableWrites(List<RowWrite> rows, List<RowWrite> updates,
      List<List<RowWrite>> insertLevels, boolean insertsFirst) {}

  /**
   * Session changes planning made: objects it marked deleted (orphans, cascades), pending ones
   * it expunged, and deletes it deferred to the next flush (persistent for this one).
   */
  record Marks(List<InstanceState> markedDeleted, List<InstanceState> expunged,
      List<InstanceState> deferredDeletes) {}

  /** The row write of an object, or {@code null} if this flush does not write its row. */
  RowWrite write(InstanceState state) {
    return (RowWrite) state.plannedWrite(written);
  }

  /** The flush is over: the written objects no longer file their row writes. */
  void forgetWrites() {
    for (RowWrite write : writes) {
      write.state.clearPlannedWrite();
    }
  }

  /** Whether the flush sends no statement. */
  boolean isEmpty() {
    return writes.isEmpty() && deletes.isEmpty() && deletedAgain.isEmpty()
        && linkInserts.isEmpty() && linkDeletes.isEmpty() && unlinkAll.isEmpty();
  }
}
