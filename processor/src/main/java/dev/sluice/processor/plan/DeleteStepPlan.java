package dev.sluice.processor.plan;

import dev.sluice.processor.model.Relation;

/** One step of deleting an entity, on one of its relations; kinds match the runtime's. */
public record DeleteStepPlan(Kind kind, Relation relation, String words) {
  /** What the step does; the order of the constants is the order steps run in. */
  public enum Kind {
    DELETE_CHILDREN,
    NULLIFY_CHILDREN,
    UNLINK,
    UNLINK_AND_DELETE,
    DELETE_PARENT
  }
}
