package dev.sluice.processor.plan;

import java.util.List;

/**
 * The statements of one table below an entity's base table (joined-table inheritance): its
 * INSERT (key first, then {@code columns}, indices into the entity's snapshots), its UPDATE
 * around a SET list, its DELETE by key set ({@code null} when its rows are left to the
 * database's ON DELETE CASCADE).
 */
public record JoinedTablePlan(
    String insertSql,
    String updatePrefix,
    String updateWhere,
    String deleteSql,
    List<Integer> columns) {}
