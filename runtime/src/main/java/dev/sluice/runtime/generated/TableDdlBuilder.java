package dev.sluice.runtime.generated;

import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.meta.TableDdl;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Assembles the DDL of one table for the generated schema metadata ({@code S_Metadata}). Not API. */
public final class TableDdlBuilder {
  private final String table;
  private final Map<Dialect, String> create = new EnumMap<>(Dialect.class);
  private final List<String> indexes = new ArrayList<>();
  private final Map<Dialect, List<String>> addConstraints = new EnumMap<>(Dialect.class);
  private final Map<Dialect, List<String>> dropConstraints = new EnumMap<>(Dialect.class);
  private final List<String> clearBeforeDrop = new ArrayList<>();

  private TableDdlBuilder(String table) {
    this.table = Objects.requireNonNull(table);
  }

  /** Starts the DDL of {@code table} (unquoted). */
  public static TableDdlBuilder table(String table) {
    return new TableDdlBuilder(table);
  }

  /** CREATE TABLE in one dialect. */
  public TableDdlBuilder create(Dialect dialect, String sql) {
    create.put(dialect, sql);
    return this;
  }

  /** A CREATE INDEX statement. */
  public TableDdlBuilder index(String sql) {
    indexes.add(sql);
    return this;
  }

  /** A foreign key added after every table exists, and how to drop it first. */
  public TableDdlBuilder deferredConstraint(Dialect dialect, String addSql, String dropSql) {
    addConstraints.computeIfAbsent(dialect, d -> new ArrayList<>()).add(addSql);
    dropConstraints.computeIfAbsent(dialect, d -> new ArrayList<>()).add(dropSql);
    return this;
  }

  /** An UPDATE clearing post-update references before the drop. */
  public TableDdlBuilder clearBeforeDrop(String sql) {
    clearBeforeDrop.add(sql);
    return this;
  }

  /** The DDL; fails when a dialect has no CREATE TABLE. */
  public TableDdl build() {
    for (Dialect d : Dialect.values()) {
      Objects.requireNonNull(create.get(d), () -> "no CREATE TABLE for " + d);
    }
    return new TableDdl(table, byName(create), indexes, byName(addConstraints),
        byName(dropConstraints), clearBeforeDrop) {};
  }

  /** The same map keyed by the dialects' names, as {@code TableDdl} reads it. */
  private static <V> Map<String, V> byName(Map<Dialect, V> byDialect) {
    Map<String, V> byName = new HashMap<>();
    byDialect.forEach((dialect, value) -> byName.put(dialect.name(), value));
    return byName;
  }
}
