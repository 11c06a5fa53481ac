package dev.sluice.runtime.internal.flush;

import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.generated.LinkStatements;
import dev.sluice.runtime.internal.sql.KeySets;
import dev.sluice.runtime.internal.sql.StatementRunner;
import dev.sluice.runtime.internal.sql.ValueArgument;
import dev.sluice.runtime.meta.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements that write association rows of many-to-many relations: the processor wrote
 * their SQL into the owner's flush plan; this binds the keys.
 */
final class Links {
  private final Dialect dialect;
  private final RowValues rows;

  Links(Dialect dialect, RowValues rows) {
    this.dialect = dialect;
    this.rows = rows;
  }

  /**
   * DELETEs of single links, then of all links of deleted owners, by set of owner keys (as
   * stored; association joins are single-column).
   */
  List<StatementRunner.Stmt> deletes(List<FlushWork.Link> links, List<FlushWork.Link> owners) {
    List<StatementRunner.Stmt> statements = new ArrayList<>();
    for (FlushWork.Link link : links) {
      Relation<Object, Object> r = link.relation();
      List<ValueArgument> arguments = new ArrayList<>();
      for (int i = 0; i < r.joinWidth(); i++) {
        arguments.add(stored(link.owner(), r, i, true));
      }
      for (int i = 0; i < r.targetColumns().length; i++) { // the target side's own width
        arguments.add(stored(link.target(), r, i, false));
      }
      statements.add(new StatementRunner.Stmt(r.secondaryTable(), "DELETE",
          statementsOf(r).delete(), arguments, true));
    }
    Map<Relation<Object, Object>, List<Object>> ownerKeys = new LinkedHashMap<>();
    for (FlushWork.Link link : owners) {
      Relation<Object, Object> r = link.relation();
      if (r.joinWidth() > 1) {
        statements.add(deleteAllOf(link));
        continue;
      }
      ownerKeys.computeIfAbsent(r, k -> new ArrayList<>())
          .add(rows.storedValue(link.owner(), r.owner(), r.ownerColumns()[0]));
    }
    ownerKeys.forEach((r, keys) -> statements.addAll(KeySets.statements(dialect,
        r.secondaryTable(), "DELETE", statementsOf(r).deleteOfOwners(), keys,
        List.of(r.ownerJoinColumn(0)), false)));
    return statements;
  }

  /** DELETE of every link of one owner over a composite join. */
  private StatementRunner.Stmt deleteAllOf(FlushWork.Link link) {
    Relation<Object, Object> r = link.relation();
    List<ValueArgument> arguments = new ArrayList<>();
    for (int i = 0; i < r.joinWidth(); i++) {
      arguments.add(stored(link.owner(), r, i, true));
    }
    return new StatementRunner.Stmt(r.secondaryTable(), "DELETE",
        statementsOf(r).deleteOfOwner(), arguments, false);
  }

  /** INSERTs of new links (keys as written by this flush). */
  List<StatementRunner.Stmt> inserts(List<FlushWork.Link> links) {
    List<StatementRunner.Stmt> statements = new ArrayList<>();
    for (FlushWork.Link link : links) {
      Relation<Object, Object> r = link.relation();
      List<ValueArgument> arguments = new ArrayList<>();
      for (int i = 0; i < r.joinWidth(); i++) {
        arguments.add(current(link.owner(), r, i, true));
      }
      for (int i = 0; i < r.targetColumns().length; i++) { // the target side's own width
        arguments.add(current(link.target(), r, i, false));
      }
      statements.add(new StatementRunner.Stmt(r.secondaryTable(), "INSERT",
          statementsOf(r).insert(), arguments, false));
    }
    return statements;
  }

  /** The relation's association statements, as its owner's generated flush plan holds them. */
  static LinkStatements statementsOf(Relation<Object, ?> relation) {
    return EntityModel.of(relation.owner()).plan().links(relation);
  }

  private ValueArgument stored(Object entity, Relation<Object, Object> r, int i, boolean owner) {
    return owner
        ? ValueArgument.of(dialect, rows.storedValue(entity, r.owner(), r.ownerColumns()[i]),
            r.ownerJoinColumn(i).type())
        : ValueArgument.of(dialect, rows.storedValue(entity, r.target(), r.targetColumns()[i]),
            r.targetJoinColumn(i).type());
  }

  private ValueArgument current(Object entity, Relation<Object, Object> r, int i, boolean owner) {
    return owner
        ? ValueArgument.of(dialect, rows.currentValue(entity, r.owner(), r.ownerColumns()[i]),
            r.ownerJoinColumn(i).type())
        : ValueArgument.of(dialect, rows.currentValue(entity, r.target(), r.targetColumns()[i]),
            r.targetJoinColumn(i).type());
  }
}
