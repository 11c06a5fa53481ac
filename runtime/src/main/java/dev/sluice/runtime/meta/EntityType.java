package dev.sluice.runtime.meta;

import java.util.List;
import java.util.Objects;

/**
 * One entity class as the processor mapped it, generated as {@code X_.TYPE}: its table,
 * columns, relations and foreign keys. Made only by the generated metamodels, through
 * {@code dev.sluice.runtime.generated.EntityModel}, which also holds their field access.
 */
public abstract class EntityType<T> {
  private final Class<T> javaType;
  private final String name;
  private final String table;
  private final String quotedTable;
  private final List<Column> columns;
  private final List<Column> idColumns;

  /** For {@code dev.sluice.runtime.generated.EntityModel} only. */
  protected EntityType(Class<T> javaType, String table, List<Column> columns) {
    this.javaType = Objects.requireNonNull(javaType);
    this.name = javaType.getSimpleName();
    this.table = Objects.requireNonNull(table);
    this.quotedTable = Identifiers.quote(table);
    this.columns = List.copyOf(columns);
    this.idColumns = this.columns.stream().filter(Column::primaryKey).toList();
    if (idColumns.isEmpty()) {
      throw new IllegalArgumentException(table + " has no primary-key column");
    }
  }

  /** The entity class. */
  public final Class<T> javaType() {
    return javaType;
  }

  /** The simple class name, as messages name entities. */
  public final String name() {
    return name;
  }

  /** The table name, unquoted. */
  public final String table() {
    return table;
  }

  /** The table name, quoted for statements. */
  public final String quotedTable() {
    return quotedTable;
  }

  /** The columns, in table order; snapshots use the same order. */
  public final List<Column> columns() {
    return columns;
  }

  /** The primary-key column of a single-column key; see {@link #idColumns()} for any key. */
  public final Column idColumn() {
    if (idColumns.size() > 1) {
      throw new IllegalStateException(name + " has a composite primary key "
          + idColumns.stream().map(Column::field).toList() + ": read idColumns()");
    }
    return idColumns.get(0);
  }

  /** The primary-key columns, in table order: one, or several for a composite key. */
  public final List<Column> idColumns() {
    return idColumns;
  }

  /** Whether the primary key has several columns. */
  public final boolean hasCompositeKey() {
    return idColumns.size() > 1;
  }

  /**
   * The primary key of an entity: the id's value, or for a composite key the unmodifiable list
   * of its columns' values in table order; {@code null} while any part is not assigned.
   */
  public abstract Object id(T entity);

  /** The relations declared on this entity, including backref sides. */
  public abstract List<Relation<T, ?>> relations();

  /** The foreign keys of this entity's table, declared or logical. */
  public abstract List<ForeignKeyRef> foreignKeys();

  /** Casts an object known to be of this type. */
  public final T cast(Object entity) {
    return javaType.cast(entity);
  }

  @Override
  public String toString() {
    return name();
  }
}
