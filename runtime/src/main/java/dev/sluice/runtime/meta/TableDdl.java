package dev.sluice.runtime.meta;

import dev.sluice.runtime.Dialect;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The DDL of one table for each dialect: CREATE TABLE, its indexes, the foreign keys that close
 * a cycle (added after every table exists, where the dialect can), and the post-update columns
 * to clear before the table is dropped.
 */
public final class TableDdl {
  private final String table;
  private final Map<Dialect, String> create;
  private final List<String> indexes;
  private final Map<Dialect, List<String>> addConstraints;
  private final Map<Dialect, List<String>> dropConstraints;
  private final List<String> clearBeforeDrop;

  private TableDdl(Builder b) {
    this.table = b.table;
    this.create = new EnumMap<>(b.create);
    this.indexes = List.copyOf(b.indexes);
    this.addConstraints = copy(b.addConstraints);
    this.dropConstraints = copy(b.dropConstraints);
    this.clearBeforeDrop = List.copyOf(b.clearBeforeDrop);
    for (Dialect d : Dialect.values()) {
      Objects.requireNonNull(create.get(d), () -> "no CREATE TABLE for " + d);
    }
  }

  private static Map<Dialect, List<String>> copy(Map<Dialect, List<String>> source) {
    Map<Dialect, List<String>> copy = new EnumMap<>(Dialect.class);
    source.forEach((d, list) -> copy.put(d, List.copyOf(list)));
    return copy;
  }

  /** Starts a table's DDL. Not API: only the generated schema metadata calls it. */
  public static Builder builder(String table) {
    return new Builder(table);
  }

  /** The table name, unquoted. */
  public String table() {
    return table;
  }

  /** CREATE TABLE in {@code dialect}. */
  public String createTable(Dialect dialect) {
    return create.get(dialect);
  }

  /** CREATE INDEX statements, one per index. */
  public List<String> createIndexes() {
    return indexes;
  }

  /** ALTER TABLE statements that add cycle-closing foreign keys after all tables exist. */
  public List<String> addConstraints(Dialect dialect) {
    return addConstraints.getOrDefault(dialect, List.of());
  }

  /** ALTER TABLE statements that drop those foreign keys before any table is dropped. */
  public List<String> dropConstraints(Dialect dialect) {
    return dropConstraints.getOrDefault(dialect, List.of());
  }

  /** UPDATEs that clear post-update references so rows of a cycle can be dropped. */
  public List<String> clearBeforeDrop() {
    return clearBeforeDrop;
  }

  /** DROP TABLE. */
  public String dropTable() {
    return "DROP TABLE " + Identifiers.quote(table);
  }

  /** Assembles table DDL. Not API: only the generated schema metadata calls it. */
  public static final class Builder {
    private final String table;
    private final Map<Dialect, String> create = new EnumMap<>(Dialect.class);
    private final List<String> indexes = new ArrayList<>();
    private final Map<Dialect, List<String>> addConstraints = new EnumMap<>(Dialect.class);
    private final Map<Dialect, List<String>> dropConstraints = new EnumMap<>(Dialect.class);
    private final List<String> clearBeforeDrop = new ArrayList<>();

    private Builder(String table) {
      this.table = Objects.requireNonNull(table);
    }

    /** CREATE TABLE in one dialect. */
    public Builder create(Dialect dialect, String sql) {
      create.put(dialect, sql);
      return this;
    }

    /** A CREATE INDEX statement. */
    public Builder index(String sql) {
      indexes.add(sql);
      return this;
    }

    /** A foreign key added after every table exists, and how to drop it first. */
    public Builder deferredConstraint(Dialect dialect, String addSql, String dropSql) {
      addConstraints.computeIfAbsent(dialect, d -> new ArrayList<>()).add(addSql);
      dropConstraints.computeIfAbsent(dialect, d -> new ArrayList<>()).add(dropSql);
      return this;
    }

    /** An UPDATE clearing post-update references before the drop. */
    public Builder clearBeforeDrop(String sql) {
      clearBeforeDrop.add(sql);
      return this;
    }

    /** The DDL. */
    public TableDdl build() {
      return new TableDdl(this);
    }
  }
}
