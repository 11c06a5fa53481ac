package dev.sluice.processor.plan;

import dev.sluice.processor.model.CascadeKind;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.DependencyGraph;
import dev.sluice.processor.model.Direction;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.PassiveDeletes;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans deletes of many rows at once: for a set of keys, each cascade level is one statement
 * ({@code DELETE … WHERE fk IN (…)}, {@code UPDATE … SET fk = NULL WHERE fk IN (…)}, association
 * rows likewise), a self-referential tree is closed over with a recursive CTE, and post-update
 * references are cleared first. The runtime adds RETURNING to a DELETE or UPDATE when the
 * session holds objects of its table, to update them from the keys it touched. A plan that needs per-row work (a DELETE cascade through a
 * many-to-many or onto a many-to-one parent, or a cycle of cascades) is not set-based.
 */
final class SetDeletePlanner {
  /** Where the SQL of a plan puts the keys of the rows being deleted. */
  static final String KEYS = "{keys}";

  private final Schema schema;
  private final DependencyGraph graph;

  SetDeletePlanner(Schema schema, DependencyGraph graph) {
    this.schema = schema;
    this.graph = graph;
  }

  /** Deleting the rows of {@code entity} whose keys are {@link #KEYS}, or empty if per-row. */
  Optional<List<SetStatementPlan>> bulkDelete(Entity entity) {
    List<SetStatementPlan> statements = new ArrayList<>();
    String condition = SqlNames.quote(entity.id().name()) + " IN (" + KEYS + ")";
    return delete(entity, condition, KEYS, new HashSet<>(), statements)
        ? Optional.of(statements) : Optional.empty();
  }

  /**
   * The statements that do a relation's delete step for unloaded children of the parents whose
   * keys are {@link #KEYS}, or empty when that needs per-row work.
   */
  Optional<List<SetStatementPlan>> relationStep(Entity owner, Relation relation) {
    List<SetStatementPlan> statements = new ArrayList<>();
    // deleting a tree's children enters the owner's table itself, once; any other cascade
    // back into it is a cycle
    Set<String> visiting = new HashSet<>();
    if (!selfDeleting(owner).contains(relation)) {
      visiting.add(owner.qualifiedName());
    }
    return step(owner, relation, KEYS, visiting, statements)
        ? Optional.of(statements) : Optional.empty();
  }

  /**
   * Adds the statements deleting every row of {@code entity} that matches {@code condition}
   * (over its own columns) with their cascades; false if that needs per-row work.
   * {@code knownKeys} yields the same rows' keys without a subquery, or is {@code null}.
   */
  private boolean delete(Entity entity, String condition, String knownKeys,
      Set<String> visiting, List<SetStatementPlan> out) {
    if (!visiting.add(entity.qualifiedName())) {
      return false; // a cycle of DELETE cascades through other tables
    }
    List<Relation> tree = selfDeleting(entity);
    String table = SqlNames.quote(entity.table());
    String id = SqlNames.quote(entity.id().name());
    String where = tree.isEmpty() ? condition
        : id + " IN (" + closure(entity, tree, condition) + ")";
    String keys = tree.isEmpty() && knownKeys != null ? knownKeys
        : "SELECT " + id + " FROM " + table + " WHERE " + where;
    List<String> clears = new ArrayList<>();
    for (Column column : entity.columns()) {
      if (graph.isPostUpdate(entity.qualifiedName(), column.field())) {
        clears.add(SqlNames.quote(column.name()) + " = NULL");
      }
    }
    if (!clears.isEmpty()) {
      out.add(new SetStatementPlan(entity, SetStatementPlan.Effect.NONE, List.of(),
          "UPDATE " + table + " SET " + String.join(", ", clears) + " WHERE " + where));
    }
    for (Relation relation : entity.relations()) {
      if (!tree.contains(relation) && !step(entity, relation, keys, visiting, out)) {
        return false;
      }
    }
    out.add(new SetStatementPlan(entity, SetStatementPlan.Effect.DELETE, List.of(),
        "DELETE FROM " + table + " WHERE " + where));
    visiting.remove(entity.qualifiedName());
    return true;
  }

  /**
   * Adds the statements of one relation's delete step for the parents whose keys the SQL
   * {@code parents} yields; false if the step needs per-row work.
   */
  private boolean step(Entity owner, Relation relation, String parents, Set<String> visiting,
      List<SetStatementPlan> out) {
    boolean delete = relation.cascades(CascadeKind.DELETE);
    if (relation.passiveDeletes() != PassiveDeletes.OFF) {
      return true; // ON: the database's ON DELETE handles the rows; ALL: never touched
    }
    if (relation.ownerFields().size() > 1) {
      return false; // composite joins are handled row by row
    }
    String referenced = referenced(owner, relation, parents);
    switch (relation.direction()) {
      case ONE_TO_MANY: {
        Entity child = schema.entity(relation.target());
        String fk = SqlNames.quote(child.column(relation.targetFields().get(0)).name());
        String children = fk + " IN (" + referenced + ")";
        if (delete) {
          return delete(child, children, null, visiting, out);
        }
        out.add(new SetStatementPlan(child, SetStatementPlan.Effect.NULLIFY,
            relation.targetFields(), "UPDATE " + SqlNames.quote(child.table()) + " SET " + fk
                + " = NULL WHERE " + children));
        return true;
      }
      case MANY_TO_MANY: {
        if (delete) {
          return false; // the targets must be found before their links go
        }
        String table = SqlNames.quote(schema.association(relation.secondary()).table());
        out.add(new SetStatementPlan(null, SetStatementPlan.Effect.NONE, List.of(),
            "DELETE FROM " + table + " WHERE " + SqlNames.quote(
                relation.secondaryOwnerColumns().get(0)) + " IN (" + referenced + ")"));
        return true;
      }
      default:
        return !delete; // deleting a many-to-one parent needs to know which parent
    }
  }

  /** The parents' joined column, when the relation does not join on their primary key. */
  private static String referenced(Entity owner, Relation relation, String parents) {
    Column joined = owner.column(relation.ownerFields().get(0));
    if (joined.id()) {
      return parents;
    }
    return "SELECT " + SqlNames.quote(joined.name()) + " FROM " + SqlNames.quote(owner.table())
        + " WHERE " + SqlNames.quote(owner.id().name()) + " IN (" + parents + ")";
  }

  /**
   * The self-referential one-to-many relations that cascade DELETE: the edges of the trees
   * (one or several, as for a node's children and the nodes it owns) one closure follows.
   */
  private static List<Relation> selfDeleting(Entity entity) {
    List<Relation> tree = new ArrayList<>();
    for (Relation relation : entity.relations()) {
      if (relation.target().equals(entity.qualifiedName())
          && relation.direction() == Direction.ONE_TO_MANY
          && relation.cascades(CascadeKind.DELETE)
          && relation.passiveDeletes() == PassiveDeletes.OFF
          && relation.ownerFields().size() == 1) {
        tree.add(relation);
      }
    }
    return tree;
  }

  /**
   * The keys of the rows matching {@code condition} and of all their descendants along every
   * edge of the tree: the CTE carries each edge's referenced column ({@code r}, {@code r1}, …)
   * and a row joins when any of its keys points at one.
   */
  private static String closure(Entity entity, List<Relation> tree, String condition) {
    String table = SqlNames.quote(entity.table());
    String id = SqlNames.quote(entity.id().name());
    StringBuilder names = new StringBuilder("\"k\"");
    StringBuilder seeds = new StringBuilder(id);
    StringBuilder steps = new StringBuilder("t." + id);
    List<String> joins = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      Relation edge = tree.get(i);
      String r = SqlNames.quote(i == 0 ? "r" : "r" + i);
      String referenced = SqlNames.quote(entity.column(edge.ownerFields().get(0)).name());
      String parent = SqlNames.quote(entity.column(edge.targetFields().get(0)).name());
      names.append(", ").append(r);
      seeds.append(", ").append(referenced);
      steps.append(", t.").append(referenced);
      joins.add("t." + parent + " = \"sluice_tree\"." + r);
    }
    return "WITH RECURSIVE \"sluice_tree\"(" + names + ") AS (SELECT " + seeds + " FROM "
        + table + " WHERE " + condition + " UNION SELECT " + steps + " FROM " + table
        + " t JOIN \"sluice_tree\" ON " + String.join(" OR ", joins)
        + ") SELECT \"k\" FROM \"sluice_tree\"";
  }
}
