package dev.sluice.processor.plan;

import dev.sluice.processor.model.Relation;

/**
 * One step of deleting an entity, on one of its relations: what happens to the related rows
 * and the one decision how they are reached; kinds and decisions match the runtime's
 * {@code DeleteStep}.
 */
public record DeleteStepPlan(Kind kind, Decision decision, Relation relation, String words) {
  /** What the step does; the order of the constants is the order steps run in. */
  public enum Kind {
    DELETE_CHILDREN,
    NULLIFY_CHILDREN,
    UNLINK,
    UNLINK_AND_DELETE,
    DELETE_PARENT
  }

  /** How the step reaches the related rows. */
  public enum Decision {
    /** Passive deletes ON: objects in memory one by one, the rest left to ON DELETE. */
    DATABASE,
    /** Passive deletes ALL: never touched. */
    SKIP,
    /** One set-based statement when the related rows are not loaded, else one by one. */
    STATEMENT,
    /** Loaded if needed and processed one by one. */
    LOAD
  }
}
