package dev.sluice.runtime.internal.sql;

import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Primary-key order for the UPDATEs and DELETEs of one table: two transactions that write the
 * same rows then lock them in the same order, so they wait for each other instead of
 * deadlocking.
 */
public final class KeyOrder {
  private KeyOrder() {}

  /** Statements sorted by their row's key, then by SQL (equal shapes stay together). */
  public static List<StatementRunner.Stmt> sort(List<StatementRunner.Stmt> statements,
      List<Object> keys) {
    List<Integer> order = new ArrayList<>(statements.size());
    for (int i = 0; i < statements.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer, Object>comparing(keys::get, KeyOrder::compare)
        .thenComparing(i -> statements.get(i).sql));
    List<StatementRunner.Stmt> sorted = new ArrayList<>(statements.size());
    order.forEach(i -> sorted.add(statements.get(i)));
    return sorted;
  }

  /**
   * Compares keys of one column type, composite keys column by column; keys that do not
   * compare keep their order.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static int compare(Object a, Object b) {
    if (a instanceof Long left && b instanceof Long right) {
      return Long.compare(left, right); // the usual key: no interface checks, no dispatch
    }
    if (a instanceof List<?> left && b instanceof List<?> right) {
      for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
        int order = compare(left.get(i), right.get(i));
        if (order != 0) {
          return order;
        }
      }
      return 0;
    }
    if (a instanceof Comparable && b != null && a.getClass() == b.getClass()) {
      return ((Comparable) a).compareTo(b);
    }
    return 0;
  }

  /** Whether rows of the type reference rows of the same table. */
  public static boolean selfReferencing(EntityType<?> type) {
    for (Relation<?, ?> relation : type.relations()) {
      if (relation.target().table().equals(type.table())) { // a hierarchy's classes too
        return true;
      }
    }
    return false;
  }
}
