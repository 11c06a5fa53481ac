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
}
