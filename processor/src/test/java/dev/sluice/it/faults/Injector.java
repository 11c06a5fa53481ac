package dev.sluice.it.faults;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps JDBC connections (a JDK proxy, test code only) to fail, while counting, the k-th
 * statement execution, RELEASE SAVEPOINT or COMMIT; row faults come from database triggers
 * that ask {@link #tickRow()}.
 */
final class Injector {
  /** Where and how the armed fault strikes. */
  enum Mode {
    /** The k-th statement fails before it reaches the database. */
    BEFORE,
    /** The k-th statement runs, then the driver reports a failure. */
    AFTER,
    /** The database raises an error in place of the k-th statement (aborting on PostgreSQL). */
    DATABASE,
    /** A trigger raises a real database error at the k-th row written. */
    ROW,
    /** The k-th RELEASE SAVEPOINT fails before it runs. */
    RELEASE_BEFORE,
    /** The k-th RELEASE SAVEPOINT runs, then fails: the savepoint is gone. */
    RELEASE_AFTER,
    /** COMMIT fails before it runs. */
    COMMIT
  }

  private boolean counting;
  private Mode mode;
  private int target;
  private int statements;
  private int releases;
  private int rows;
  private String failedSql;
  private final List<String> executed = new ArrayList<>();

  /** Starts counting from zero with a fault armed at {@code k} (0: none). */
  synchronized void arm(Mode mode, int k) {
    this.mode = mode;
    this.target = k;
    statements = 0;
    releases = 0;
    rows = 0;
    failedSql = null;
    executed.clear();
    counting = true;
  }

  synchronized void disarm() {
    counting = false;
    target = 0;
  }

  synchronized int statements() {
    return statements;
  }

  synchronized int releases() {
    return releases;
  }

  synchronized int rows() {
    return rows;
  }

  /** The SQL of the statement the fault struck, or null if it did not strike. */
  synchronized String failedSql() {
    return failedSql;
  }

  synchronized boolean fired() {
    return failedSql != null;
  }

  synchronized List<String> executed() {
    return List.copyOf(executed);
  }

  /** Called by the SQLite row trigger: whether this row is the one to fail. */
  synchronized boolean tickRow() {
    if (!counting) {
      return false;
    }
    rows++;
    if (mode == Mode.ROW && rows == target) {
      failedSql = "row " + rows;
      return true;
    }
    return false;
  }

  Connection wrap(Connection real) {
    return (Connection) Proxy.newProxyInstance(Injector.class.getClassLoader(),
        new Class<?>[] {Connection.class}, new ConnectionHandler(real));
  }

  private synchronized boolean strikes(Mode... modes) {
    if (!counting || target == 0) {
      return false;
    }
    for (Mode m : modes) {
      if (m == mode) {
        return true;
      }
    }
    return false;
  }

  /** Counts one statement; the mode to fail it with, or null. */
  private synchronized Mode onStatement(String sql) {
    if (!counting) {
      return null;
    }
    statements++;
    executed.add(sql);
    if (statements == target && (mode == Mode.BEFORE || mode == Mode.AFTER
        || mode == Mode.DATABASE)) {
      failedSql = sql;
      return mode;
    }
    return null;
  }

  private synchronized boolean onRelease() {
    if (!counting) {
      return false;
    }
    releases++;
    if (releases == target && (mode == Mode.RELEASE_BEFORE || mode == Mode.RELEASE_AFTER)) {
      failedSql = "RELEASE SAVEPOINT";
      return true;
    }
    return false;
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Intercepts statement creation, RELEASE SAVEPOINT and COMMIT. */
  private final class ConnectionHandler implements InvocationHandler {
    private final Connection real;

    ConnectionHandler(Connection real) {
      this.real = real;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "prepareStatement", "prepareCall", "createStatement" -> {
          Object statement = call(real, method, args);
          String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
          Class<?> type = method.getName().equals("prepareCall") ? CallableStatement.class
              : method.getName().equals("prepareStatement") ? PreparedStatement.class
              : Statement.class;
          return Proxy.newProxyInstance(Injector.class.getClassLoader(), new Class<?>[] {type},
              new StatementHandler((Statement) statement, sql, real));
        }
        case "releaseSavepoint" -> {
          if (onRelease()) {
            if (mode == Mode.RELEASE_AFTER) {
              call(real, method, args);
            }
            throw new SQLException("injected fault at RELEASE SAVEPOINT");
          }
          return call(real, method, args);
        }
        case "commit" -> {
          if (strikes(Mode.COMMIT)) {
            synchronized (Injector.this) {
              failedSql = "COMMIT";
            }
            throw new SQLException("injected fault at COMMIT");
          }
          return call(real, method, args);
        }
        default -> {
          return call(real, method, args);
        }
      }
    }
  }

  /** Counts executions and fails the armed one. */
  private final class StatementHandler implements InvocationHandler {
    private final Statement real;
    private final String preparedSql;
    private final Connection connection;

    StatementHandler(Statement real, String preparedSql, Connection connection) {
      this.real = real;
      this.preparedSql = preparedSql;
      this.connection = connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (!method.getName().startsWith("execute")) {
        return call(real, method, args);
      }
      String sql = args != null && args.length > 0 && args[0] instanceof String s ? s
          : preparedSql;
      Mode fault = onStatement(sql);
      if (fault == Mode.BEFORE) {
        throw new SQLException("injected fault before: " + sql);
      }
      if (fault == Mode.DATABASE) {
        try (Statement failing = connection.createStatement()) {
          failing.execute("SELECT sluice_fault()");
        }
        throw new AssertionError("sluice_fault() did not fail");
      }
      Object result = call(real, method, args);
      if (fault == Mode.AFTER) {
        throw new SQLException("injected fault after: " + sql);
      }
      return result;
    }
  }
}
