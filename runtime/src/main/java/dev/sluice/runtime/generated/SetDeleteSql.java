package dev.sluice.runtime.generated;

import dev.sluice.runtime.meta.Relation;
import dev.sluice.runtime.support.KeyList;
import java.util.ArrayList;
import java.util.List;

/**
 * Composes the statements of set-based deletes from the plans' parts when they are first
 * needed: each generated plan holds only its own statements and refers to its children's
 * plans, so generated code grows linearly with the schema, while the composed SQL nests one
 * subquery per level of the cascade, as the database needs it.
 */
final class SetDeleteSql {
  private SetDeleteSql() {}

  /** One relation step of {@code owner}, over the parents' keys {@code {keys}}. */
  static List<SetStatement> step(FlushPlan<?> owner, SetStep step) {
    List<SetStatement> out = new ArrayList<>();
    add(owner, step, KeyList.KEYS, out);
    return List.copyOf(out);
  }

  /** Deleting the rows of {@code plan}'s table whose keys are {@code {keys}}, cascades first. */
  static List<SetStatement> bulk(FlushPlan<?> plan) {
    List<SetStatement> out = new ArrayList<>();
    String key = EntityModel.of(plan.type()).quotedKey(null);
    delete(plan, key + " IN (" + KeyList.KEYS + ")", KeyList.KEYS, out);
    return List.copyOf(out);
  }

  /**
   * Adds the statements deleting the rows of {@code plan}'s table that {@code condition}
   * selects, with their cascades; {@code knownKeys} yields the same rows' keys without a
   * subquery, or is {@code null}.
   */
  private static void delete(FlushPlan<?> plan, String condition, String knownKeys,
      List<SetStatement> out) {
    EntityModel<?> type = EntityModel.of(plan.type());
    if (!plan.joinedTables().isEmpty()) { // the processor plans those deletes row by row
      throw new IllegalStateException(type + " has rows in several tables: no set-based delete");
    }
    String table = type.quotedTable();
    String where = plan.isTree()
        ? type.quotedKey(null) + " IN (" + plan.treeClosure(condition) + ")" : condition;
    String keys = !plan.isTree() && knownKeys != null ? knownKeys
        : "SELECT " + type.quotedKeyColumns(null) + " FROM " + table + " WHERE " + where;
    String clear = plan.postUpdateClear();
    if (clear != null) {
      out.add(SetStatement.plain("UPDATE " + table + " SET " + clear + " WHERE " + where));
    }
    for (Relation<?, ?> relation : plan.bulkRelations()) {
      add(plan, plan.setStepPart(relation), keys, out);
    }
    out.add(SetStatement.delete(type, "DELETE FROM " + table + " WHERE " + where));
  }

  /** Adds one relation step of {@code owner} for the parents whose keys {@code keys} yields. */
  private static void add(FlushPlan<?> owner, SetStep step, String keys,
      List<SetStatement> out) {
    FlushPlan<?> children = step.children(owner);
    if (children == null) {
      step.statements().forEach(statement -> out.add(statement.over(keys)));
    } else {
      delete(children, step.condition().replace(KeyList.KEYS, keys), null, out);
    }
  }
}
