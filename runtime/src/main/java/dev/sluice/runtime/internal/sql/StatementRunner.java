package dev.sluice.runtime.internal.sql;

import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.FlushException;
import dev.sluice.runtime.IntegrityException;
import dev.sluice.runtime.StaleDataException;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.ColumnType;
import dev.sluice.runtime.meta.EntityType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.Update;

/**
 * Sends a flush's statements through Jdbi: consecutive statements of the same SQL as one JDBC
 * batch, row counts checked, failures turned into exceptions that name entity, operation, SQL.
 */
public final class StatementRunner {
  /** One statement with its parameters. */
  public static final class Stmt {
    final String entity;
    final String operation;
    final String sql;
    final List<? extends Argument> arguments;
    /** How many rows must be affected (writes by primary key), or -1 for any number. */
    final int expectedRows;

    public Stmt(String entity, String operation, String sql, List<? extends Argument> arguments,
        boolean expectOneRow) {
      this(entity, operation, sql, arguments, expectOneRow ? 1 : -1);
    }

    public Stmt(String entity, String operation, String sql, List<? extends Argument> arguments,
        int expectedRows) {
      this.entity = entity;
      this.operation = operation;
      this.sql = sql;
      this.arguments = arguments;
      this.expectedRows = expectedRows;
    }
  }

  private final Handle handle;
  private final Dialect dialect;

  public StatementRunner(Handle handle, Dialect dialect) {
    this.handle = handle;
    this.dialect = dialect;
  }

  /** Runs statements in order, batching runs of identical SQL. */
  public void run(List<Stmt> statements) {
    int from = 0;
    while (from < statements.size()) {
      int to = from + 1;
      while (to < statements.size() && statements.get(to).sql.equals(statements.get(from).sql)) {
        to++;
      }
      List<Stmt> group = statements.subList(from, to);
      if (group.size() == 1 || group.get(0).arguments.isEmpty()) {
        group.forEach(this::runOne);
      } else {
        runBatch(group);
      }
      from = to;
    }
  }

  private void runOne(Stmt stmt) {
    try {
      Update update = handle.createUpdate(stmt.sql);
      bind(update, stmt.arguments);
      checkCount(stmt, update.execute());
    } catch (StatementException e) {
      throw translate(stmt, e);
    }
  }

  private void runBatch(List<Stmt> group) {
    Stmt first = group.get(0);
    try {
      int[] counts = prepareBatch(group).execute();
      for (int i = 0; i < counts.length; i++) {
        checkCount(group.get(i), counts[i]);
      }
    } catch (StatementException e) {
      throw translate(first, e);
    }
  }

  /** INSERTs whose ids the database generates; returns the ids in statement order. */
  public List<Object> insertReturningIds(List<Stmt> inserts, EntityType<?> type) {
    if (inserts.isEmpty()) {
      return List.of();
    }
    Column id = type.idColumn();
    Stmt first = inserts.get(0);
    try {
      if (first.arguments.isEmpty()) {
        return insertOneByOne(inserts, id); // a batch needs parameters: DEFAULT VALUES rows
      }
      if (dialect.batchesReturnGeneratedKeys()) {
        PreparedBatch batch = prepareBatch(inserts);
        return batch.executePreparedBatch(id.name())
            .map((rs, ctx) -> dialect.read(rs, 1, id)).list();
      }
      return inserts.size() == 1 ? insertOneByOne(inserts, id) : insertConsecutive(inserts, type);
    } catch (StatementException e) {
      throw translate(first, e);
    }
  }

  private List<Object> insertOneByOne(List<Stmt> inserts, Column id) {
    List<Object> ids = new ArrayList<>(inserts.size());
    for (Stmt stmt : inserts) {
      Query query = handle.createQuery(stmt.sql + " RETURNING " + id.quotedName());
      bind(query, stmt.arguments);
      ids.add(query.map((rs, ctx) -> dialect.read(rs, 1, id)).one());
    }
    return ids;
  }

  /**
   * SQLite: its driver returns no keys for a batch, but a rowid table gives each new row the
   * largest rowid plus one and no other connection can write inside this transaction, so the
   * batch's ids are consecutive and end at {@code last_insert_rowid()}. A count over that
   * range confirms it (it would not hold past the largest rowid, or with an INSERT trigger on
   * the same table); otherwise the flush fails rather than guess.
   */
  private List<Object> insertConsecutive(List<Stmt> inserts, EntityType<?> type) {
    prepareBatch(inserts).execute();
    long last = handle.createQuery("SELECT last_insert_rowid()").mapTo(Long.class).one();
    long first = last - inserts.size() + 1;
    long count = handle.createQuery("SELECT COUNT(*) FROM " + type.quotedTable() + " WHERE "
        + type.idColumn().quotedName() + " BETWEEN " + first + " AND " + last)
        .mapTo(Long.class).one();
    if (count != inserts.size()) {
      Stmt stmt = inserts.get(0);
      throw new FlushException(stmt.entity, stmt.operation, stmt.sql, "The " + inserts.size()
          + " rows just inserted did not get consecutive ids, so they cannot be told apart",
          null);
    }
    List<Object> ids = new ArrayList<>(inserts.size());
    boolean integer = type.idColumn().type() == ColumnType.INTEGER;
    for (long key = first; key <= last; key++) {
      ids.add(integer ? (Object) Math.toIntExact(key) : (Object) key);
    }
    return ids;
  }

  /**
   * A JDBC batch of statements of one SQL text. Jdbi binds the first row, which checks that
   * every parameter is given and is what its SQL logger sees; the other rows are set on the
   * same prepared statement just before the batch runs, by the same arguments, without Jdbi's
   * per-row binding (a map and a type lookup per value, which cost more than the row).
   */
  private PreparedBatch prepareBatch(List<Stmt> statements) {
    PreparedBatch batch = handle.prepareBatch(statements.get(0).sql);
    bind(batch, statements.get(0).arguments);
    batch.add();
    if (statements.size() > 1) {
      List<Stmt> rest = statements.subList(1, statements.size());
      batch.addCustomizer(new StatementCustomizer() {
        @Override
        public void beforeExecution(PreparedStatement statement, StatementContext context)
            throws SQLException {
          for (Stmt stmt : rest) {
            List<? extends Argument> arguments = stmt.arguments;
            for (int i = 0; i < arguments.size(); i++) {
              arguments.get(i).apply(i + 1, statement, context);
            }
            statement.addBatch();
          }
        }
      });
    }
    return batch;
  }

  /** A DELETE or UPDATE … RETURNING the keys of the rows it touched. */
  public List<Object> returning(Stmt stmt, EntityType<?> type) {
    try {
      Query query = handle.createQuery(stmt.sql);
      bind(query, stmt.arguments);
      return query.map((rs, ctx) -> Sql.readKey(dialect, rs, 1, type)).list();
    } catch (StatementException e) {
      throw translate(stmt, e);
    }
  }

  private static void bind(SqlStatement<?> statement,
      List<? extends Argument> arguments) {
    for (int i = 0; i < arguments.size(); i++) {
      statement.bind(i, arguments.get(i));
    }
  }

  private static void checkCount(Stmt stmt, int count) {
    if (stmt.expectedRows >= 0 && count != stmt.expectedRows
        && count != Statement.SUCCESS_NO_INFO) {
      throw new StaleDataException(stmt.entity, stmt.operation, stmt.sql, stmt.operation
          + " of " + stmt.expectedRows + " " + stmt.entity + " row(s) by primary key matched "
          + count + ": a row was changed or deleted outside this session");
    }
  }

  /** The failure of {@code stmt}, naming the SQL that failed (a helper query of its own). */
  private FlushException translate(Stmt stmt, StatementException e) {
    SQLException sql = sqlCause(e);
    String problem = sql != null ? sql.getMessage() : e.getMessage();
    String failed = Failures.sql(e, stmt.sql);
    if (sql != null && dialect.isIntegrityViolation(sql)) {
      return new IntegrityException(stmt.entity, stmt.operation, failed, problem, e);
    }
    return new FlushException(stmt.entity, stmt.operation, failed, problem, e);
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        SQLException next = ((SQLException) t).getNextException();
        return next != null && next.getMessage() != null ? next : (SQLException) t;
      }
    }
    return null;
  }
}
