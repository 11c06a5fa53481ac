package dev.sluice.runtime.meta;

import java.util.HashMap;
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
  private final Map<String, String> create;
  private final List<String> indexes;
  private final Map<String, List<String>> addConstraints;
  private final Map<String, List<String>> dropConstraints;
  private final List<String> clearBeforeDrop;

  /**
   * For {@code dev.sluice.runtime.generated.TableDdlBuilder} only, which checks that every
   * dialect has one: CREATE TABLE per dialect name, the indexes, the deferred foreign keys to
   * add and drop per dialect name, and the UPDATEs that clear post-update references before
   * the drop.
   */
  protected TableDdl(String table, Map<String, String> create, List<String> indexes,
      Map<String, List<String>> addConstraints, Map<String, List<String>> dropConstraints,
      List<String> clearBeforeDrop) {
    this.table = Objects.requireNonNull(table);
    this.create = Map.copyOf(create);
    this.indexes = List.copyOf(indexes);
    this.addConstraints = copy(addConstraints);
    this.dropConstraints = copy(dropConstraints);
    this.clearBeforeDrop = List.copyOf(clearBeforeDrop);
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> source) {
    Map<String, List<String>> copy = new HashMap<>();
    source.forEach((d, list) -> copy.put(d, List.copyOf(list)));
    return copy;
  }

  /** The table name, unquoted. */
  public String table() {
    return table;
  }

  /** CREATE TABLE in {@code dialect}. */
  public String createTable(DialectName dialect) {
    return create.get(dialect.name());
  }

  /** CREATE INDEX statements, one per index. */
  public List<String> createIndexes() {
    return indexes;
  }

  /** ALTER TABLE statements that add cycle-closing foreign keys after all tables exist. */
  public List<String> addConstraints(DialectName dialect) {
    return addConstraints.getOrDefault(dialect.name(), List.of());
  }

  /** ALTER TABLE statements that drop those foreign keys before any table is dropped. */
  public List<String> dropConstraints(DialectName dialect) {
    return dropConstraints.getOrDefault(dialect.name(), List.of());
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
