package dev.sluice.runtime.generated;

import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.EntityType;
import java.util.List;

/**
 * The base of every generated metamodel class: an {@link EntityType} whose field access and
 * flush plan the runtime reads through this type. Not API.
 */
public abstract class EntityModel<T> extends EntityType<T> {
  /** For the generated metamodels only. */
  protected EntityModel(Class<T> javaType, String table, List<Column> columns) {
    super(javaType, table, columns);
  }

  /**
   * The generated metamodel behind {@code type}; anything else is refused, since only a
   * generated metamodel knows its entity's fields.
   */
  @SuppressWarnings("unchecked")
  public static <T> EntityModel<T> of(EntityType<T> type) {
    if (type instanceof EntityModel) {
      return (EntityModel<T>) type;
    }
    throw new InvalidRequestException(type + " is not a generated metamodel: use X_.TYPE");
  }

  @Override
  public final Object id(T entity) {
    return get(entity, idColumn().index());
  }

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

  /**
   * Whether any column of {@code entity} differs from {@code snapshot}: the dirty check of
   * every persistent object at a flush, without taking a snapshot to compare.
   */
  public abstract boolean changedSince(T entity, Object[] snapshot);

  /** The indices of the columns whose values differ between two snapshots. */
  public abstract int[] changedColumns(Object[] before, Object[] after);
}
