package dev.sluice.processor.plan;

import dev.sluice.processor.model.Direction;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of association rows, written once here: the flush's link statements and the
 * set-based UNLINK step of a delete both come from it, so the runtime only binds them.
 */
final class LinkPlanner {
  private LinkPlanner() {}

  /** The link statements of a many-to-many relation, or {@code null} for any other. */
  static LinkPlan plan(Schema schema, Relation relation) {
    if (relation.direction() != Direction.MANY_TO_MANY) {
      return null;
    }
    String table = table(schema, relation);
    List<String> owner = quoted(relation.secondaryOwnerColumns());
    List<String> target = quoted(relation.secondaryTargetColumns());
    List<String> all = new ArrayList<>(owner);
    all.addAll(target);
    boolean single = owner.size() == 1;
    return new LinkPlan(
        "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES ("
            + String.join(", ", all.stream().map(c -> "?").toList()) + ")",
        "DELETE FROM " + table + " WHERE " + equalsEach(all),
        "DELETE FROM " + table + " WHERE " + equalsEach(owner),
        single ? deleteOfOwners(schema, relation, List.of(0), SetDeletePlanner.KEYS) : null,
        "UPDATE " + table + " SET " + String.join(", ", owner.stream().map(c -> c + " = ?")
            .toList()) + " WHERE " + equalsEach(owner));
  }

  /**
   * DELETE of the links of the owners whose joined values {@code keys} selects, the join's
   * columns in {@code order} (a row value for a join of several columns).
   */
  static String deleteOfOwners(Schema schema, Relation relation, List<Integer> order,
      String keys) {
    List<String> columns = order.stream()
        .map(i -> SqlNames.quote(relation.secondaryOwnerColumns().get(i))).toList();
    String owner = String.join(", ", columns);
    return "DELETE FROM " + table(schema, relation) + " WHERE "
        + (columns.size() == 1 ? owner : "(" + owner + ")") + " IN (" + keys + ")";
  }

  private static String table(Schema schema, Relation relation) {
    return SqlNames.quote(schema.association(relation.secondary()).table());
  }

  private static List<String> quoted(List<String> columns) {
    return columns.stream().map(SqlNames::quote).toList();
  }

  private static String equalsEach(List<String> columns) {
    return String.join(" AND ", columns.stream().map(c -> c + " = ?").toList());
  }
}
