package dev.sluice.processor.plan;

import dev.sluice.processor.model.Entity;
import java.util.List;
import java.util.Map;

/**
 * How one entity's rows are written and deleted: statements, post-update columns, delete steps,
 * and the set-based forms of those steps (by relation field) and of a bulk delete ({@code null}
 * when deleting needs per-row work).
 */
public record EntityPlan(
    Entity entity,
    int insertPosition,
    String insertSql,
    String insertGeneratedSql,
    String updatePrefix,
    String updateWhere,
    String deleteSql,
    List<Integer> postUpdateColumns,
    List<DeleteStepPlan> deleteSteps,
    List<String> deleteWords,
    Map<String, List<SetStatementPlan>> setSteps,
    List<SetStatementPlan> bulkDelete) {}
