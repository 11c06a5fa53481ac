package dev.sluice.processor.plan;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.PassiveDeletes;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Direction;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans deletes of many rows at once: for a set of keys, each cascade level is one statement
 * ({@code DELETE … WHERE fk IN (…)}, {@code UPDATE … SET fk = NULL WHERE fk IN (…)}, association
 * rows likewise), a self-referential tree is closed over with a recursive CTE, and post-update
 * references are cleared first. Each entity's plan holds only its own steps and refers to its
 * children's plans; the runtime composes the statements (one subquery per level) from them.
 * The runtime adds RETURNING to a DELETE or UPDATE when the session holds objects of its table,
 * to update them from the keys it touched. A plan that needs per-row work (a DELETE cascade
 * through a many-to-many or onto a many-to-one parent, or a cycle of cascades) is not
 * set-based.
 */
final class SetDeletePlanner {
  /** Where the SQL of a plan puts the keys of the parent rows. */
  static final String KEYS = "{keys}";

  /** Stands for the condition inside a tree's recursive query while it is split around it. */
  private static final String CONDITION = "\u0000condition\u0000";

  private final Schema schema;
  private final Map<String, Boolean> setBased = new HashMap<>();

  SetDeletePlanner(Schema schema) {
    this.schema = schema;
  }

  /** The entity's parts of set-based deletes, for the delete steps the entity has. */
  SetDeletePlan plan(Entity entity, List<DeleteStepPlan> steps) {
    Map<String, SetStepPlan> parts = new LinkedHashMap<>();
    for (DeleteStepPlan step : steps) {
      if (step.decision() == DeleteStepPlan.Decision.SKIP) {
        continue; // passive deletes ALL: nothing to write, not even in a bulk delete
      }
      relationStep(entity, step.relation())
          .ifPresent(part -> parts.put(step.relation().field(), part));
    }
    List<Relation> tree = selfDeleting(entity);
    List<String> bulk = null;
    if (setBased(entity, new HashSet<>())) {
      bulk = new ArrayList<>();
      for (Relation relation : entity.allRelations()) {
        SetStepPlan part = parts.get(relation.field());
        if (!tree.contains(relation) && part != null && !part.isEmpty()) {
          bulk.add(relation.field());
        }
      }
    }
    if (tree.isEmpty()) {
      return new SetDeletePlan(parts, bulk, null, null);
    }
    String closure = closure(entity, tree, CONDITION);
    int at = closure.indexOf(CONDITION);
    return new SetDeletePlan(parts, bulk, closure.substring(0, at),
        closure.substring(at + CONDITION.length()));
  }

  /**
   * Whether the related rows of {@code owner}'s deleted rows that are not loaded can be
   * reached by set-based statements of the relation's own (passive deletes off).
   */
  boolean reachesUnloaded(Entity owner, Relation relation) {
    return relation.passiveDeletes() == PassiveDeletes.OFF
        && stepSetBased(owner, relation, new HashSet<>());
  }

  /**
   * A relation's delete step for unloaded children of the parents whose keys are
   * {@link #KEYS}, or empty when that needs per-row work.
   */
  private Optional<SetStepPlan> relationStep(Entity owner, Relation relation) {
    if (relation.passiveDeletes() != PassiveDeletes.OFF) {
      return Optional.of(SetStepPlan.of(List.of())); // the database's ON DELETE, or untouched
    }
    if (!stepSetBased(owner, relation, new HashSet<>())) {
      return Optional.empty();
    }
    List<Integer> order = joinOrder(owner, relation);
    String referenced = referenced(owner, relation, order, KEYS);
    switch (relation.direction()) {
      case ONE_TO_MANY: {
        Entity child = schema.entity(relation.target());
        List<String> fks = order.stream().map(i -> SqlNames.quote(child.column(
            relation.targetFields().get(i)).name())).toList();
        String fk = String.join(", ", fks);
        String children = (fks.size() == 1 ? fk : "(" + fk + ")") + " IN (" + referenced + ")";
        if (relation.cascades(Cascade.DELETE)) {
          return Optional.of(SetStepPlan.cascade(child,
              child.qualifiedName().equals(owner.qualifiedName()), children));
        }
        return Optional.of(SetStepPlan.of(List.of(new SetStatementPlan(child,
            SetStatementPlan.Effect.NULLIFY, relation.targetFields(), "UPDATE "
                + SqlNames.quote(child.table()) + " SET " + String.join(", ", fks.stream()
                    .map(column -> column + " = NULL").toList()) + " WHERE " + children))));
      }
      case MANY_TO_MANY: {
        return Optional.of(SetStepPlan.of(List.of(new SetStatementPlan(null,
            SetStatementPlan.Effect.NONE, List.of(),
            LinkPlanner.deleteOfOwners(schema, relation, order, referenced)))));
      }
      default:
        return Optional.of(SetStepPlan.of(List.of()));
    }
  }

  /**
   * Whether deleting rows of {@code entity} reaches every cascade with set-based statements.
   * Remembered per entity: a walk that meets an entity it is inside of has found a cycle of
   * DELETE cascades, which every entity on it is part of, whatever the walk started from.
   */
  private boolean setBased(Entity entity, Set<String> visiting) {
    Boolean known = setBased.get(entity.qualifiedName());
    if (known != null) {
      return known;
    }
    if (!visiting.add(entity.qualifiedName())) {
      return false; // a cycle of DELETE cascades through other tables
    }
    // the rows of a hierarchy's table may be of subclasses with relations of their own, and
    // a statement over the table would also reach sibling classes' rows: row by row then
    boolean result = entity.hierarchy() == null;
    List<Relation> tree = selfDeleting(entity);
    for (Relation relation : result ? entity.relations() : List.<Relation>of()) {
      if (!tree.contains(relation) && !stepSetBased(entity, relation, visiting)) {
        result = false;
        break;
      }
    }
    visiting.remove(entity.qualifiedName());
    setBased.put(entity.qualifiedName(), result);
    return result;
  }

  /** Whether one relation's delete step can be set-based. */
  private boolean stepSetBased(Entity owner, Relation relation, Set<String> visiting) {
    boolean delete = relation.cascades(Cascade.DELETE);
    if (relation.passiveDeletes() != PassiveDeletes.OFF) {
      return true; // ON: the database's ON DELETE handles the rows; ALL: never touched
    }
    if (relation.direction() != Direction.MANY_TO_ONE
        && schema.entity(relation.target()).hierarchy() != null) {
      return false; // a hierarchy's rows are handled row by row (see setBased)
    }
    switch (relation.direction()) {
      case ONE_TO_MANY:
        return !delete || setBased(schema.entity(relation.target()), visiting);
      case MANY_TO_MANY:
        return !delete; // the targets must be found before their links go
      default:
        return !delete; // deleting a many-to-one parent needs to know which parent
    }
  }

  /**
   * The order in which the join's pairs line up with the parents' keys: the order of the
   * owner's key columns when the join is on its whole primary key, else the join's own.
   */
  private static List<Integer> joinOrder(Entity owner, Relation relation) {
    List<String> ids = owner.ids().stream().map(Column::field).toList();
    List<Integer> order = new ArrayList<>();
    if (new HashSet<>(relation.ownerFields()).equals(new HashSet<>(ids))
        && relation.ownerFields().size() == ids.size()) {
      ids.forEach(id -> order.add(relation.ownerFields().indexOf(id)));
    } else {
      for (int i = 0; i < relation.ownerFields().size(); i++) {
        order.add(i);
      }
    }
    return order;
  }

  /**
   * The parents' joined columns in {@code order}: the parents' keys themselves when the join
   * is on their whole primary key, else a SELECT of the joined columns by those keys.
   */
  private static String referenced(Entity owner, Relation relation, List<Integer> order,
      String parents) {
    List<Column> joined = order.stream()
        .map(i -> owner.column(relation.ownerFields().get(i))).toList();
    if (joined.equals(owner.ids())) {
      return parents;
    }
    return "SELECT " + SqlNames.quoteAll(joined.stream().map(Column::name).toList()) + " FROM "
        + SqlNames.quote(owner.table()) + " WHERE " + SqlNames.key(owner) + " IN (" + parents
        + ")";
  }

  /**
   * The self-referential one-to-many relations that cascade DELETE: the edges of the trees
   * (one or several, as for a node's children and the nodes it owns) one closure follows.
   */
  private static List<Relation> selfDeleting(Entity entity) {
    List<Relation> tree = new ArrayList<>();
    // none in a hierarchy: its table is deleted row by row (see setBased)
    // nor with a composite key: the closure carries one key column
    List<Relation> candidates = entity.hierarchy() == null && !entity.hasCompositeKey()
        ? entity.relations() : List.of();
    for (Relation relation : candidates) {
      if (relation.target().equals(entity.qualifiedName())
          && relation.direction() == Direction.ONE_TO_MANY
          && relation.cascades(Cascade.DELETE)
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
