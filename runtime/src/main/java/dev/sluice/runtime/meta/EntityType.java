package dev.sluice.runtime.meta;

import java.util.List;
import java.util.Objects;

/**
 * Everything the runtime needs to know about one entity class, generated as {@code X_}: its
 * table, columns, relations and flush plan, and field access without reflection.
 */
public abstract class EntityType<T> {
  private final Class<T> javaType;
  private final String name;
  private final String table;
  private final String quotedTable;
  private final List<Column> columns;
  private final Column id;

  /** For the generated metamodels only. */
  protected EntityType(Class<T> javaType, String table, List<Column> columns) {
    this.javaType = Objects.requireNonNull(javaType);
    this.name = javaType.getSimpleName();
    this.table = Objects.requireNonNull(table);
    this.quotedTable = Identifiers.quote(table);
    this.columns = List.copyOf(columns);
    this.id = this.columns.stream().filter(Column::primaryKey).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(table + " has no primary-key column"));
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

  /** The primary-key column. */
  public final Column idColumn() {
    return id;
  }

  /** The primary-key value of an entity ({@code null} while a generated id is not assigned). */
  public final Object id(T entity) {
    return get(entity, id.index());
  }

  /** The relations declared on this entity, including backref sides. */
  public abstract List<Relation<T, ?>> relations();

  /** The foreign keys of this entity's table, declared or logical. */
  public abstract List<ForeignKeyRef> foreignKeys();

  /** The flush plan the processor computed for this entity. */
  public abstract FlushPlan<T> plan();

  /** A new, empty instance (the no-argument constructor). */
  public abstract T newInstance();

  /** The value of column {@code column}, boxed. */
  public abstract Object get(T entity, int column);

  /** Sets column {@code column}; {@code null} into a primitive field stores its zero. */
  public abstract void set(T entity, int column, Object value);

  /** The values of every column, in column order. */
  public abstract Object[] snapshot(T entity);

  /** Writes every column from a snapshot. */
  public abstract void restore(T entity, Object[] values);

  /** The indices of the columns whose values differ between two snapshots. */
  public abstract int[] changedColumns(Object[] before, Object[] after);

  /** Casts an object known to be of this type. */
  public final T cast(Object entity) {
    return javaType.cast(entity);
  }

  @Override
  public String toString() {
    return name();
  }
}
