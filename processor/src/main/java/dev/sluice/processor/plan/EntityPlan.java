package dev.sluice.processor.plan;

import dev.sluice.processor.model.Entity;
import java.util.List;

/**
 * How one entity's rows are written and deleted: statements, post-update columns, delete steps,
 * and the parts of the set-based forms of those steps and of a bulk delete.
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
    SetDeletePlan setDeletes) {}
