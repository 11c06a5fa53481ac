package dev.sluice.runtime.internal;

import dev.sluice.runtime.internal.holder.Holder;
import dev.sluice.runtime.internal.state.HeldStates;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.SchemaMetadata;

/** Finds and binds an object's session state through the generated holders of its relations. */
final class HolderStates implements HeldStates {
  private final SchemaMetadata schema;
  /**
   * The last two classes asked about, with their entity types: a session asks for every object
   * it touches, mostly of a class or two in a row. Each is one immutable pair, so a thread
   * sharing this finder reads a whole pair or an older one, never a class with another's type.
   */
  private TypeOfClass recent;
  private TypeOfClass older;

  /** A class and its entity type ({@code null} if the class is not mapped). */
  private record TypeOfClass(Class<?> javaType, EntityType<?> type) {}

  HolderStates(SchemaMetadata schema) {
    this.schema = schema;
  }

  @Override
  public InstanceState find(Object entity) {
    EntityType<?> type = typeOf(entity.getClass());
    return type == null ? null : Holder.heldState(type, entity);
  }

  private EntityType<?> typeOf(Class<?> javaType) {
    TypeOfClass hit = recent;
    if (hit != null && hit.javaType == javaType) {
      return hit.type;
    }
    hit = older;
    if (hit != null && hit.javaType == javaType) {
      return hit.type;
    }
    hit = new TypeOfClass(javaType, schema.findEntity(javaType));
    older = recent;
    recent = hit;
    return hit.type;
  }

  @Override
  public boolean bind(InstanceState state, boolean loaded) {
    return Holder.bindAll(state, loaded);
  }
}
