package dev.sluice.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * An entity class and its table; {@code uniqueKeys} are its multi-column UNIQUE constraints,
 * {@code compositeKeys} its multi-column foreign keys, {@code hierarchy} its place in a class
 * hierarchy, or {@code null}; {@code table} is the table its own columns are in.
 * {@code columns} are the columns it maps (inherited ones first); its snapshots have the shape
 * of {@link #tableColumns()}.
 */
public record Entity(
    TypeElement element,
    String qualifiedName,
    String packageName,
    String simpleName,
    String table,
    List<Column> columns,
    List<UniqueKey> uniqueKeys,
    List<CompositeForeignKey> compositeKeys,
    List<Relation> relations,
    Hierarchy hierarchy) {

  /** The primary-key column of a single-column key; see {@link #ids()} for any key. */
  public Column id() {
    List<Column> ids = ids();
    if (ids.size() != 1) {
      throw new IllegalStateException(simpleName + " has a composite primary key "
          + ids.stream().map(Column::field).toList() + ": read ids()");
    }
    return ids.get(0);
  }

  /** The primary-key columns in table order: one, or several for a composite key. */
  public List<Column> ids() {
    return columns.stream().filter(Column::id).toList();
  }

  /** Whether the primary key has several columns. */
  public boolean hasCompositeKey() {
    return ids().size() > 1;
  }

  /**
   * Whether one column of another table may reference {@code column} of this entity: it is
   * unique, or the whole primary key (a part of a composite key is neither).
   */
  public boolean isReferenceable(Column column) {
    return column.unique() || column.id() && !hasCompositeKey();
  }

  /** The column of a field, or {@code null}. */
  public Column column(String field) {
    return columns.stream().filter(c -> c.field().equals(field)).findFirst().orElse(null);
  }

  /** The relationship of a field, or {@code null}. */
  public Relation relation(String field) {
    return relations.stream().filter(r -> r.field().equals(field)).findFirst().orElse(null);
  }

  /** The index of a field's column in the entity's snapshots. */
  public int indexOf(String field) {
    Column column = column(field);
    if (column == null) {
      throw new IllegalArgumentException(simpleName + " has no column " + field);
    }
    return indexOf(column);
  }

  /** The index of a column in the entity's snapshots, a sibling class's included. */
  public int indexOf(Column column) {
    List<Column> table = tableColumns();
    for (int i = 0; i < table.size(); i++) {
      if (table.get(i).element() == column.element()) {
        return i;
      }
    }
    throw new IllegalArgumentException(simpleName + " has no column " + column.name());
  }

  /**
   * Every column of the entity's table: its own, or in a hierarchy those of every class, each
   * class setting only the ones it maps.
   */
  public List<Column> tableColumns() {
    return hierarchy == null ? columns : hierarchy.tableColumns();
  }

  /** Whether the entity maps the column (in a hierarchy, a sibling's column is not its own). */
  public boolean maps(Column column) {
    for (Column own : columns) {
      if (own.element() == column.element()) {
        return true;
      }
    }
    return false;
  }

  /** The table its rows are keyed in: its own, or its hierarchy root's. */
  public String baseTable() {
    return hierarchy == null ? table : hierarchy.tables().get(0).name();
  }

  /** The columns of {@link #tableColumns()} that its base table holds. */
  public List<Column> baseColumns() {
    return hierarchy == null ? columns
        : hierarchy.tableColumns().stream().filter(hierarchy.tables().get(0)::holds).toList();
  }

  /** The tables below its base table that its rows also have, each after its superclass's. */
  public List<HierarchyTable> joinedTables() {
    if (hierarchy == null || !hierarchy.isJoined()) {
      return List.of();
    }
    List<HierarchyTable> own = hierarchy.tablesOf(qualifiedName);
    return own.subList(1, own.size());
  }

  /** Whether it is a class of a hierarchy other than its root. */
  public boolean isSubclass() {
    return hierarchy != null && !hierarchy.isRoot(qualifiedName);
  }

  /** Its relations and, in a hierarchy, those it inherits from its entity superclasses first. */
  public List<Relation> allRelations() {
    if (hierarchy == null || hierarchy.inherited().isEmpty()) {
      return relations;
    }
    List<Relation> all = new ArrayList<>(hierarchy.inherited());
    all.addAll(relations);
    return all;
  }

  public Entity withRelations(List<Relation> resolved) {
    return new Entity(element, qualifiedName, packageName, simpleName, table, columns,
        uniqueKeys, compositeKeys, resolved, hierarchy);
  }

  public Entity withColumns(List<Column> linked) {
    return new Entity(element, qualifiedName, packageName, simpleName, table, linked,
        uniqueKeys, compositeKeys, relations, hierarchy);
  }

  public Entity withCompositeKeys(List<CompositeForeignKey> linked) {
    return new Entity(element, qualifiedName, packageName, simpleName, table, columns,
        uniqueKeys, linked, relations, hierarchy);
  }

  public Entity withHierarchy(Hierarchy placed) {
    return new Entity(element, qualifiedName, packageName, simpleName, table, columns,
        uniqueKeys, compositeKeys, relations, placed);
  }
}
