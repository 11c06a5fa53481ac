package dev.sluice.runtime.internal;

import dev.sluice.runtime.internal.holder.Holder;
import dev.sluice.runtime.internal.state.HeldStates;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.SchemaMetadata;

/** Finds and binds an object's session state through the generated holders of its relations. */
final class HolderStates implements HeldStates {
  private final SchemaMetadata schema;

  HolderStates(SchemaMetadata schema) {
    this.schema = schema;
  }

  @Override
  public InstanceState find(Object entity) {
    EntityType<?> type = schema.findEntity(entity.getClass());
    return type == null ? null : Holder.heldState(type, entity);
  }

  @Override
  public boolean bind(InstanceState state, boolean loaded) {
    return Holder.bindAll(state, loaded);
  }
}
