package dev.sluice.runtime.generated;

import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.meta.TableDdl;
import java.util.ArrayList;
import java.util.EnumMap;
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
    return new TableDdl(table, create, indexes, addConstraints, dropConstraints,
        clearBeforeDrop) {};
  }
}
