package dev.sluice.example.tour;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Wraps JDBC connections to see the parameters of every statement as the driver receives
 * them, batches included: Jdbi's {@code SqlLogger} is called once per JDBC batch and knows
 * one row's binding at most, so the echo asks this recorder for all the rows.
 *
 * <p>This is plumbing of the tour's SQL echo only; Sluice itself uses no proxies.
 */
public final class ParameterRecorder {
  /** The parameter rows of the last statement executed: one row, or one per batch entry. */
  public record Execution(List<List<Object>> rows, boolean batch) {}

  private Execution last;

  /** A connection whose prepared statements report their executions here. */
  public Connection wrap(Connection connection) {
    return proxy(Connection.class, (p, method, args) -> {
      Object result = invoke(connection, method, args);
      if (result instanceof PreparedStatement statement
          && method.getName().equals("prepareStatement")) {
        return proxy(PreparedStatement.class, new StatementRecorder(statement));
      }
      return result;
    });
  }

  /** The last execution recorded, forgotten once taken. */
  public synchronized Execution take() {
    Execution taken = last;
    last = null;
    return taken;
  }

  private synchronized void executed(Execution execution) {
    last = execution;
  }

  /** Records the parameters set on one statement, row by row for a batch. */
  private final class StatementRecorder implements InvocationHandler {
    private final PreparedStatement statement;
    private TreeMap<Integer, Object> current = new TreeMap<>();
    private final List<List<Object>> batch = new ArrayList<>();

    StatementRecorder(PreparedStatement statement) {
      this.statement = statement;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.startsWith("set") && args != null && args.length >= 2
          && args[0] instanceof Integer index) {
        // setNull(i, type) sends NULL; every other setter sends its second argument.
        current.put(index, name.equals("setNull") ? null : args[1]);
      } else if (name.equals("clearParameters")) {
        current = new TreeMap<>();
      } else if (name.equals("addBatch") && (args == null || args.length == 0)) {
        batch.add(new ArrayList<>(current.values()));
      } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
        executed(new Execution(List.copyOf(batch), true));
        batch.clear();
      } else if (name.startsWith("execute")) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(current.values()));
        executed(new Execution(rows, false));
      }
      return ParameterRecorder.invoke(statement, method, args);
    }
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(ParameterRecorder.class.getClassLoader(),
        new Class<?>[] {type}, handler));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
