package dev.sluice.processor.plan;

import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Schema;
import java.util.List;
import java.util.Map;

/** Everything generated code needs about a schema, decided once at compile time. */
public record SchemaPlan(
    Schema schema,
    List<Entity> insertOrder,
    Map<String, EntityPlan> entities,
    List<TablePlan> tables) {

  public EntityPlan plan(Entity entity) {
    return entities.get(entity.qualifiedName());
  }
}
