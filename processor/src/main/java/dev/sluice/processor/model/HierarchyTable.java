package dev.sluice.processor.model;

import java.util.List;

/**
 * One table of a class hierarchy: the root's, or one that a joined subclass names, whose rows
 * are keyed by the ids of the rows in its superclass's table.
 *
 * @param name the table
 * @param owner the class that maps it (qualified name): the root, or the joined subclass
 * @param classes the classes whose rows have a row here: the owner and every class below it
 * @param columns the columns it holds besides a joined table's key, in the order written
 * @param keyColumn the name of its key column (the root's table: the id column)
 * @param parentTable the table its key references, or {@code null} for the root's
 * @param keyConstraint whether the DDL declares that reference as a foreign key
 * @param passiveDeletes whether a delete leaves its rows to that foreign key's ON DELETE
 *     CASCADE (declared on its class or on the class of a table above it)
 */
public record HierarchyTable(
    String name,
    String owner,
    List<String> classes,
    List<Column> columns,
    String keyColumn,
    String parentTable,
    boolean keyConstraint,
    boolean passiveDeletes) {

  /** Whether it is the root's table. */
  public boolean isRoot() {
    return parentTable == null;
  }

  /** Whether it holds the column (a joined table's key aside). */
  public boolean holds(Column column) {
    return columns.stream().anyMatch(own -> own.element() == column.element());
  }
}
