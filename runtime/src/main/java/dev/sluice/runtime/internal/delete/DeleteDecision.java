package dev.sluice.runtime.internal.delete;

import dev.sluice.annotations.Lazy;
import dev.sluice.runtime.generated.DeleteStep;
import dev.sluice.runtime.internal.holder.Holder;
import dev.sluice.runtime.internal.state.InstanceState;
import dev.sluice.runtime.meta.Relation;
import java.util.List;

/**
 * The one interpretation of the processor's delete decisions ({@link DeleteStep.Decision}).
 * For a deleted owner and one of its compiled delete steps it says how the related rows are
 * reached now ({@link #reach}) and which related objects are processed one by one
 * ({@link #objects}, loading them first when the reach says so). The DELETE cascade, at
 * {@code delete()} and again at the flush, and the flush's nullify and unlink planning all
 * read it here; the session factory's set-based switch is one of its inputs, read nowhere else.
 */
public final class DeleteDecision {
  private DeleteDecision() {}

  /** What one step does for one owner now. */
  public enum Reach {
    /** Nothing: the related rows are never touched (passive deletes ALL). */
    NONE,
    /** The related objects in memory, one by one; the rows not loaded are the database's. */
    IN_MEMORY,
    /** The related objects in memory one by one, one set-based statement for the rest. */
    STATEMENT,
    /** Every related object, loaded if needed, one by one. */
    LOAD
  }

  /** How {@code step} reaches the related rows of {@code owner} now. */
  public static Reach reach(DeletingSession session, InstanceState owner, DeleteStep step) {
    switch (step.decision()) {
      case SKIP:
        return Reach.NONE;
      case DATABASE:
        return Reach.IN_MEMORY;
      case LOAD:
        return Reach.LOAD;
      default:
        return statementOrLoad(session, owner, step);
    }
  }

  /**
   * A compiled set-based step runs its statement for rows not loaded (a dynamic relation is
   * never loaded), while set-based deletes are on; a loaded relation has nothing left for it.
   */
  private static Reach statementOrLoad(DeletingSession session, InstanceState owner,
      DeleteStep step) {
    if (step.kind() == DeleteStep.Kind.UNLINK) {
      return Reach.STATEMENT; // association rows are no objects: one statement in either mode
    }
    Relation<Object, Object> relation = relation(step);
    boolean unloaded = relation.loading() == Lazy.DYNAMIC
        || !Holder.of(relation, owner.entity).isLoaded();
    return unloaded && session.setBasedDeletes() ? Reach.STATEMENT : Reach.LOAD;
  }

  /** Whether a deleted owner's association rows all go by one statement over its key. */
  public static boolean removesAllLinks(Reach reach) {
    return reach == Reach.STATEMENT || reach == Reach.LOAD;
  }

  /**
   * Whether a deleted owner's association rows through {@code relation} all go by one
   * statement, so that its unlinked members need no statement of their own.
   */
  public static boolean removesAllLinks(DeletingSession session, InstanceState owner,
      Relation<Object, ?> relation) {
    DeleteStep step = owner.type.plan().deleteStep(relation);
    return step != null && removesAllLinks(reach(session, owner, step));
  }

  /**
   * The related objects {@code step} processes one by one for {@code owner}: those in memory,
   * after {@code reads} loads the rest when {@code reach} is {@link Reach#LOAD}.
   */
  public static List<Object> objects(FlushReads reads, InstanceState owner, DeleteStep step,
      Reach reach) {
    if (reach == Reach.NONE) {
      return List.of();
    }
    return reads.related(owner, relation(step), reach != Reach.LOAD);
  }

  /**
   * The objects in memory that a set-based DELETE cascade would miss: those a load of the
   * owner's unloaded children would find by their stored key. A statement alone would miss
   * one whose row a later change in memory moves away, so the cascade marks them.
   */
  static List<InstanceState> storedChildren(InstanceState owner, DeleteStep step, Reach reach,
      StoredChildren stored) {
    if (reach != Reach.STATEMENT || !step.relation().foreignKeyOnTarget()) {
      return List.of();
    }
    return stored.of(owner, relation(step));
  }

  @SuppressWarnings("unchecked")
  public static Relation<Object, Object> relation(DeleteStep step) {
    return (Relation<Object, Object>) step.relation();
  }
}
