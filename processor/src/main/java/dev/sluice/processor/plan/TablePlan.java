package dev.sluice.processor.plan;

import java.util.List;
import java.util.Map;

/**
 * The DDL of one table per dialect: CREATE TABLE, indexes, foreign keys added after every
 * table exists (and dropped before any is), and post-update columns to clear before dropping.
 */
public record TablePlan(
    String table,
    Map<SqlDialect, String> create,
    List<String> indexes,
    Map<SqlDialect, List<String>> addConstraints,
    Map<SqlDialect, List<String>> dropConstraints,
    List<String> clearBeforeDrop) {}
