package dev.sluice.runtime.internal.flush;

import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.generated.FlushPlan;
import dev.sluice.runtime.internal.delete.SetDeletes;
import dev.sluice.runtime.internal.sql.KeyOrder;
import dev.sluice.runtime.internal.sql.KeySets;
import dev.sluice.runtime.internal.sql.StatementRunner;
import dev.sluice.runtime.internal.sql.ValueArgument;
import dev.sluice.runtime.internal.state.IdentitySet;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Runs a planned flush ({@link FlushWork}, read only) and reports what it wrote in a
 * {@link FlushOutcome}; it changes no object. The order: clear post-update references of
 * deleted rows; delete association rows; delete rows nothing surviving references; per table
 * in insert order, the UPDATEs and INSERTs (parents before children); insert association
 * rows; post-update references; the remaining deletes, children first.
 */
final class FlushExecution {
  private final FlushingSession session;
  private final FlushWork work;
  private final StatementRunner runner;
  private final FlushOutcome outcome;
  private final RowValues rows;
  private final List<RowWrite> postUpdates = new ArrayList<>();

  FlushExecution(FlushingSession session, FlushWork work) {
    this.session = session;
    this.work = work;
    this.runner = new StatementRunner(session.handle(), session.dialect());
    this.outcome = new FlushOutcome(work.writes().size(), new SetDeletes(session));
    this.rows = new RowValues(session, work, outcome);
  }

  /** Runs every statement of the work; what they wrote, for the objects once all succeeded. */
  FlushOutcome run() {
    Links links = new Links(session.dialect(), rows);
    runner.run(clearPostUpdates());
    runner.run(links.deletes(work.linkDeletes(), work.unlinkAll()));
    for (InstanceState replaced : work.switchedDeletes()) {
      // Before the saves: the row's new owner may bring children with the same key.
      runSetSteps(replaced.type, List.of(replaced));
    }
    delete(work.earlyDeletes());
    for (FlushWork.TableWrites table : work.tables()) {
      if (table.insertsFirst()) {
        table.insertLevels().forEach(this::insert);
        update(table.updates());
      } else {
        update(table.updates());
        table.insertLevels().forEach(this::insert);
      }
      runner.run(rows.associationKeyUpdates(table.rows()));
    }
    runner.run(links.inserts(work.linkInserts()));
    runner.run(postUpdateStatements());
    delete(work.lateDeletes());
    return outcome;
  }

  private void update(List<RowWrite> updates) {
    List<StatementRunner.Stmt> statements = new ArrayList<>();
    List<Object> keys = new ArrayList<>();
    for (RowWrite write : updates) {
      Object[] values = rows.resolve(write, true);
      FlushPlan<Object> plan = write.type().plan();
      int[] changed = write.type().changedColumns(write.baseline(), values);
      int main = 0;
      for (int column : changed) {
        if (!plan.isPostUpdateColumn(column)) {
          changed[main++] = column;
        }
      }
      if (write.postUpdate) {
        postUpdates.add(write);
      }
      Object key = rows.keyAtUpdate(write);
      for (int[] columns : plan.byTable(Arrays.copyOf(changed, main))) {
        statements.add(updateStatement(write, columns, values, key, "UPDATE"));
        keys.add(key);
      }
    }
    runner.run(KeyOrder.sort(statements, keys));
  }

  /**
   * INSERTs of one level: the base table's rows (their generated ids read back), then the rows
   * of each joined table below it, keyed by those ids.
   */
  private void insert(List<RowWrite> inserts) {
    List<StatementRunner.Stmt> explicit = new ArrayList<>();
    List<StatementRunner.Stmt> generated = new ArrayList<>(inserts.size());
    List<RowWrite> generatedRows = new ArrayList<>(inserts.size());
    int[] generatedAt = new int[inserts.size()];
    Object[][] written = new Object[inserts.size()][];
    Object[] keys = new Object[inserts.size()];
    boolean joined = false;
    for (int w = 0; w < inserts.size(); w++) {
      RowWrite write = inserts.get(w);
      Object[] values = rows.resolve(write, true);
      written[w] = values;
      EntityModel<Object> type = write.type();
      FlushPlan<Object> plan = type.plan();
      joined |= !plan.joinedTables().isEmpty();
      if (write.postUpdate) {
        postUpdates.add(write);
      }
      // a composite key is never generated
      Column id = type.idColumns().get(0);
      boolean generateId = id.generated() && values[id.index()] == null;
      List<ValueArgument> arguments = new ArrayList<>(type.columns().size());
      for (Column column : type.columns()) {
        if (!(generateId && column == id) && plan.inBaseTable(column.index())) {
          arguments.add(insertArgument(plan, column, values));
        }
      }
      StatementRunner.Stmt stmt = new StatementRunner.Stmt(type.name(), "INSERT",
          generateId ? plan.insertGeneratedSql() : plan.insertSql(), arguments, false);
      keys[w] = type.key(values);
      if (keys[w] == null && type.hasCompositeKey()) {
        throw missingKeyPart(type, values);
      }
      if (generateId) {
        generatedAt[generated.size()] = w;
        generated.add(stmt);
        generatedRows.add(write);
      } else {
        explicit.add(stmt);
      }
    }
    runner.run(explicit);
    if (!generatedRows.isEmpty()) {
      EntityType<Object> type = generatedRows.get(0).type();
      Column id = type.idColumn();
      List<Object> ids = runner.insertReturningIds(generated, type);
      for (int i = 0; i < generatedRows.size(); i++) {
        outcome.generatedId(generatedRows.get(i), id.index(), ids.get(i));
        keys[generatedAt[i]] = ids.get(i);
      }
    }
    if (joined) {
      runner.run(joinedInserts(inserts, written, keys));
    }
  }

  /** The rows of the joined tables of each insert, tables in insert order, keyed by its id. */
  private List<StatementRunner.Stmt> joinedInserts(List<RowWrite> inserts, Object[][] written,
      Object[] keys) {
    List<StatementRunner.Stmt> statements = new ArrayList<>();
    for (int w = 0; w < inserts.size(); w++) {
      EntityModel<Object> type = inserts.get(w).type();
      Object[] values = written[w];
      for (FlushPlan.JoinedTable table : type.plan().joinedTables()) {
        List<ValueArgument> arguments = new ArrayList<>();
        arguments.add(ValueArgument.of(dialect(), keys[w], type.idColumn().type()));
        for (int column : table.columns()) {
          arguments.add(insertArgument(type.plan(), type.columns().get(column), values));
        }
        statements.add(new StatementRunner.Stmt(type.name(), "INSERT", table.insertSql(),
            arguments, false));
      }
    }
    return statements;
  }

  /** The error for a new row whose composite key is missing a value: nothing is written. */
  private static InvalidRequestException missingKeyPart(EntityType<Object> type,
      Object[] values) {
    List<String> missing = new ArrayList<>();
    for (Column column : type.idColumns()) {
      if (values[column.index()] == null) {
        missing.add(column.field());
      }
    }
    return new InvalidRequestException("A new " + type.name() + " has no value for "
        + String.join(" and ", missing) + " of its primary key " + type.idColumns().stream()
            .map(Column::field).toList() + ": a composite key is assigned, never generated;"
        + " set the field, or the relationship whose foreign key it is, before the flush");
  }

  private ValueArgument insertArgument(FlushPlan<Object> plan, Column column, Object[] values) {
    // A post-update column is written by the post-update, once the referenced row exists.
    Object value = plan.isPostUpdateColumn(column.index()) ? null : values[column.index()];
    return ValueArgument.of(dialect(), value, column.type());
  }

  private List<StatementRunner.Stmt> postUpdateStatements() {
    List<StatementRunner.Stmt> statements = new ArrayList<>();
    IdentitySet<RowWrite> seen = new IdentitySet<>();
    for (RowWrite write : postUpdates) {
      if (!seen.add(write)) {
        continue;
      }
      Object[] values = rows.resolve(write, false);
      List<Integer> columns = new ArrayList<>();
      for (int column : write.type().plan().postUpdateColumns()) {
        Object before = write.baseline() == null ? null : write.baseline()[column];
        if (!Objects.equals(before, values[column])) {
          columns.add(column);
        }
      }
      if (!columns.isEmpty()) {
        Object key = write.type().key(values);
        for (int[] table : write.type().plan().byTable(toArray(columns))) {
          statements.add(updateStatement(write, table, values, key, "POST-UPDATE"));
        }
      }
    }
    return statements;
  }

  /** UPDATEs that clear the post-update references of rows about to be deleted. */
  private List<StatementRunner.Stmt> clearPostUpdates() {
    List<StatementRunner.Stmt> statements = new ArrayList<>();
    for (InstanceState deleted : work.deletes()) {
      if (!deleted.type.plan().hasPostUpdateColumns()) {
        continue; // most deletes: nothing to clear, and no list to make
      }
      List<Integer> columns = new ArrayList<>();
      for (int column : deleted.type.plan().postUpdateColumns()) {
        if (deleted.snapshot()[column] != null) {
          columns.add(column);
        }
      }
      if (!columns.isEmpty()) {
        Object[] nulls = new Object[deleted.type.columns().size()];
        for (int[] table : deleted.type.plan().byTable(toArray(columns))) {
          statements.add(new StatementRunner.Stmt(deleted.type.name(), "POST-UPDATE",
              deleted.type.plan().updateSql(table), arguments(deleted.type, table, nulls,
                  deleted.key()), true));
        }
      }
    }
    return statements;
  }

  /**
   * DELETEs in the given order: per run of rows of one table, its set-based statements for
   * the unloaded children, then one DELETE by key set (an array on PostgreSQL, lists of
   * parameters elsewhere, in the given order), each checked to remove exactly its rows.
   */
  private void delete(List<InstanceState> deleted) {
    int from = 0;
    while (from < deleted.size()) {
      EntityModel<Object> type = deleted.get(from).type;
      int to = from;
      while (to < deleted.size() && deleted.get(to).type == type) {
        to++;
      }
      List<InstanceState> group = deleted.subList(from, to);
      runSetSteps(type, group);
      List<Object> keys = new ArrayList<>(group.size());
      group.forEach(state -> keys.add(state.key()));
      if (!KeyOrder.selfReferencing(type)) {
        keys.sort(KeyOrder::compare); // a self-referencing table's order is children first
      }
      for (String sql : type.plan().deleteSqls()) { // a joined table's rows first
        runner.run(KeySets.statements(dialect(), type.name(), "DELETE", sql, keys,
            type.idColumns(), true));
      }
      from = to;
    }
  }

  private void runSetSteps(EntityModel<Object> type, List<InstanceState> group) {
    for (var step : type.plan().deleteSteps()) {
      List<Object> keys = new ArrayList<>();
      for (InstanceState state : group) {
        if (work.setSteps().getOrDefault(state, List.of()).contains(step.relation())) {
          keys.add(state.key());
        }
      }
      if (!keys.isEmpty()) {
        outcome.setDeletes().run(runner, type.plan().setStep(step.relation()), keys,
            type.idColumns(), type.name());
      }
    }
  }

  private StatementRunner.Stmt updateStatement(RowWrite write, int[] columns, Object[] values,
      Object key, String operation) {
    EntityModel<Object> type = write.type();
    return new StatementRunner.Stmt(type.name(), operation, type.plan().updateSql(columns),
        arguments(type, columns, values, key), true);
  }

  private List<ValueArgument> arguments(EntityType<Object> type, int[] columns,
      Object[] values, Object key) {
    List<ValueArgument> arguments = new ArrayList<>(columns.length + 1);
    for (int column : columns) {
      arguments.add(ValueArgument.of(dialect(), values[column],
          type.columns().get(column).type()));
    }
    arguments.addAll(ValueArgument.ofKey(dialect(), type, key));
    return arguments;
  }

  private Dialect dialect() {
    return session.dialect();
  }

  private static int[] toArray(List<Integer> columns) {
    return columns.stream().mapToInt(Integer::intValue).toArray();
  }
}
