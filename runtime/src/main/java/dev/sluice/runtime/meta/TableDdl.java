package dev.sluice.runtime.meta;

import dev.sluice.runtime.Dialect;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The DDL of one table for each dialect: CREATE TABLE, its indexes, the foreign keys that close
 * a cycle (added after every table exists, where the dialect can), and the post-update columns
 * to clear before the table is dropped. Made only by the generated schema metadata, through
 * {@code dev.sluice.runtime.generated.TableDdlBuilder}.
 */
public class TableDdl {
  private final String table;
  private final Map<Dialect, String> create;
  private final List<String> indexes;
  private final Map<Dialect, List<String>> addConstraints;
  private final Map<Dialect, List<String>> dropConstraints;
  private final List<String> clearBeforeDrop;

  /**
   * For {@code dev.sluice.runtime.generated.TableDdlBuilder} only: CREATE TABLE for every
   * dialect, the indexes, the deferred foreign keys to add and drop per dialect, and the
   * UPDATEs that clear post-update references before the drop.
   */
  protected TableDdl(String table, Map<Dialect, String> create, List<String> indexes,
      Map<Dialect, List<String>> addConstraints, Map<Dialect, List<String>> dropConstraints,
      List<String> clearBeforeDrop) {
    this.table = Objects.requireNonNull(table);
    this.create = new EnumMap<>(Dialect.class);
    this.create.putAll(create);
    this.indexes = List.copyOf(indexes);
    this.addConstraints = copy(addConstraints);
    this.dropConstraints = copy(dropConstraints);
    this.clearBeforeDrop = List.copyOf(clearBeforeDrop);
    for (Dialect d : Dialect.values()) {
      Objects.requireNonNull(create.get(d), () -> "no CREATE TABLE for " + d);
    }
  }

  private static Map<Dialect, List<String>> copy(Map<Dialect, List<String>> source) {
    Map<Dialect, List<String>> copy = new EnumMap<>(Dialect.class);
    source.forEach((d, list) -> copy.put(d, List.copyOf(list)));
    return copy;
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
}
