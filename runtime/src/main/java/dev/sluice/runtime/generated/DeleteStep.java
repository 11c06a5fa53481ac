package dev.sluice.runtime.generated;

import dev.sluice.runtime.meta.Relation;
import java.util.Objects;

/**
 * One step of deleting an entity, applied to one of its relations before its own DELETE: what
 * happens to each related row ({@link Kind}) and how the rows are reached ({@link Decision}),
 * both decided by the processor from the relationship's cascade, direction and passive deletes.
 */
public final class DeleteStep {
  /** What the step does to the related rows. */
  public enum Kind {
    /** DELETE cascade on a one-to-many or one-to-one: the children are deleted first. */
    DELETE_CHILDREN,
    /** The default: the children's foreign key is set to NULL. */
    NULLIFY_CHILDREN,
    /** Many-to-many: the association rows are deleted; the targets stay. */
    UNLINK,
    /** Many-to-many with DELETE cascade: association rows and targets are deleted. */
    UNLINK_AND_DELETE,
    /** DELETE cascade on a many-to-one: the referenced parent is deleted too. */
    DELETE_PARENT
  }

  /**
   * How the related rows are reached, the one delete decision of a relationship; the runtime
   * interprets it in one place ({@code internal.delete.DeleteDecision}).
   */
  public enum Decision {
    /**
     * Passive deletes ON: the related objects in memory are processed one by one; the rows
     * not loaded are left to the database's ON DELETE, with no SELECT.
     */
    DATABASE,
    /** Passive deletes ALL: the related rows are never touched, loaded or not. */
    SKIP,
    /**
     * Loaded related objects are processed one by one; when they are not loaded, one
     * set-based statement per cascade level reaches the rows (the plan's set step), unless
     * the session factory turns set-based deletes off, which loads them instead. Association
     * rows, which are no objects, always go by one statement.
     */
    STATEMENT,
    /** The related objects are loaded if needed and processed one by one. */
    LOAD
  }

  private final Kind kind;
  private final Decision decision;
  private final Relation<?, ?> relation;

  private DeleteStep(Kind kind, Decision decision, Relation<?, ?> relation) {
    this.kind = Objects.requireNonNull(kind);
    this.decision = Objects.requireNonNull(decision);
    this.relation = Objects.requireNonNull(relation);
  }

  /** A step. Not API: generated flush plans make them through {@link FlushPlan.Builder}. */
  public static DeleteStep of(Kind kind, Decision decision, Relation<?, ?> relation) {
    return new DeleteStep(kind, decision, relation);
  }

  /** What the step does. */
  public Kind kind() {
    return kind;
  }

  /** How the step reaches the related rows. */
  public Decision decision() {
    return decision;
  }

  /** Whether the step deletes the related objects (the DELETE cascade). */
  public boolean cascadesDelete() {
    return kind == Kind.DELETE_CHILDREN || kind == Kind.UNLINK_AND_DELETE
        || kind == Kind.DELETE_PARENT;
  }

  /** The owner's relation the step applies to. */
  public Relation<?, ?> relation() {
    return relation;
  }

  @Override
  public String toString() {
    return kind + " " + decision + " " + relation;
  }
}
