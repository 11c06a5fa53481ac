package dev.sluice.runtime.meta;

import java.util.Objects;

/** One step of deleting an entity, applied to one of its relations before its own DELETE. */
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

  private final Kind kind;
  private final Relation<?, ?> relation;

  private DeleteStep(Kind kind, Relation<?, ?> relation) {
    this.kind = Objects.requireNonNull(kind);
    this.relation = Objects.requireNonNull(relation);
  }

  /** A step. Not API: generated flush plans make them through {@link FlushPlan.Builder}. */
  public static DeleteStep of(Kind kind, Relation<?, ?> relation) {
    return new DeleteStep(kind, relation);
  }

  /** What the step does. */
  public Kind kind() {
    return kind;
  }

  /** The owner's relation the step applies to. */
  public Relation<?, ?> relation() {
    return relation;
  }

  @Override
  public String toString() {
    return kind + " " + relation;
  }
}
