package dev.sluice.processor.plan;

import java.util.List;
import java.util.Map;

/**
 * An entity's parts of set-based deletes: each relation's step (by field; absent when it needs
 * per-row work), the fields whose steps a bulk delete runs before the rows' own DELETE
 * ({@code null} when a bulk delete needs per-row work), and, for a self-referential tree, the
 * recursive query around the condition that selects the rows ({@code null} otherwise).
 */
public record SetDeletePlan(Map<String, SetStepPlan> steps, List<String> bulkRelations,
    String treeBefore, String treeAfter) {}
