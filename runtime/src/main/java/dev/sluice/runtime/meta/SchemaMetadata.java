package dev.sluice.runtime.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A schema as the processor planned it, generated as {@code S_Metadata}: its entities in
 * insert order and the DDL of every table, association tables included.
 */
public abstract class SchemaMetadata {
  private final String name;
  private final List<EntityType<?>> entities;
  private final List<TableDdl> tables;
  private final Map<Class<?>, EntityType<?>> byClass = new HashMap<>();

  /** For the generated {@code S_Metadata} only. */
  protected SchemaMetadata(String name, List<EntityType<?>> entitiesInInsertOrder,
      List<TableDdl> tablesInCreateOrder) {
    this.name = name;
    this.entities = List.copyOf(entitiesInInsertOrder);
    this.tables = List.copyOf(tablesInCreateOrder);
    for (EntityType<?> type : entities) {
      byClass.put(type.javaType(), type);
    }
  }

  /** The simple name of the {@code @Schema} interface. */
  public final String name() {
    return name;
  }

  /** The entities, parents before the children that reference them. */
  public final List<EntityType<?>> entities() {
    return entities;
  }

  /** Every table, in creation order (drop in reverse). */
  public final List<TableDdl> tables() {
    return tables;
  }

  /** The entity type of a class, or {@code null} when the class is not mapped here. */
  @SuppressWarnings("unchecked")
  public final <T> EntityType<T> findEntity(Class<T> javaType) {
    return (EntityType<T>) byClass.get(javaType);
  }

  /**
   * The entity type of a class; fails with an {@link IllegalArgumentException} naming the
   * schema's entities (a session reports it as an {@code InvalidRequestException}).
   */
  public final <T> EntityType<T> entity(Class<T> javaType) {
    EntityType<T> type = findEntity(javaType);
    if (type == null) {
      throw new IllegalArgumentException(javaType.getName() + " is not an entity of schema " + name
          + "; its entities are " + byClass.keySet().stream().map(Class::getSimpleName).sorted()
          .toList() + ". List it in @Schema(entities = …).");
    }
    return type;
  }
}
