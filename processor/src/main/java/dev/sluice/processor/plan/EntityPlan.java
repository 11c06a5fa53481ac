package dev.sluice.processor.plan;

import dev.sluice.processor.model.Entity;
import java.util.List;
import java.util.Map;

/**
 * How one entity's rows are written and deleted: statements (of its base table, then of each
 * joined table below it; in a hierarchy with joined tables, {@code baseColumns} are the
 * indices of the columns its base table holds, else {@code null}), post-update columns, delete
 * steps,
 * the parts of the set-based forms of those steps and of a bulk delete, and the statements of
 * the association rows of its many-to-many relations (by field, in relation order).
 */
public record EntityPlan(
    Entity entity,
    int insertPosition,
    String insertSql,
    String insertGeneratedSql,
    String updatePrefix,
    String updateWhere,
    String deleteSql,
    List<Integer> baseColumns,
    List<JoinedTablePlan> joinedTables,
    List<Integer> postUpdateColumns,
    List<DeleteStepPlan> deleteSteps,
    List<String> deleteWords,
    SetDeletePlan setDeletes,
    Map<String, LinkPlan> links) {}
