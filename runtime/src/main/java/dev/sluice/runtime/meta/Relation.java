package dev.sluice.runtime.meta;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.PassiveDeletes;
import java.util.Set;

/**
 * A relationship from an owner entity to a target entity, as the processor resolved it:
 * direction, join columns, inverse side, cascades and loading strategy.
 *
 * <p>Join columns pair up by position: {@code ownerColumns[i] = targetColumns[i]}. For a
 * one-to-many the owner columns are the referenced key and the target columns the foreign key;
 * for a many-to-one it is the other way round; for a many-to-many both are referenced keys and
 * the association table holds the foreign keys. Made only by the generated metamodels, through
 * {@code dev.sluice.runtime.generated.RelationBuilder}.
 */
public abstract class Relation<O, T> {
  /** Where the foreign key sits, seen from the owner. */
  public enum Direction {
    /** The target rows hold a foreign key to the owner (one-to-one when single-valued). */
    ONE_TO_MANY,
    /** The owner row holds a foreign key to the target. */
    MANY_TO_ONE,
    /** An association table holds foreign keys to both. */
    MANY_TO_MANY
  }

  /** For {@code dev.sluice.runtime.generated.RelationBuilder} only. */
  protected Relation() {}

  /** The field name. */
  public abstract String name();

  /** The entity declaring the field. */
  public abstract EntityType<O> owner();

  /** The related entity. */
  public abstract EntityType<T> target();

  /** Where the foreign key sits, inferred at compile time. */
  public abstract Direction direction();

  /** Whether the holder is a collection (list, set or dynamic query) rather than a reference. */
  public abstract boolean isCollection();

  /** The other side of a bidirectional relation, or {@code null}. */
  public abstract Relation<T, O> inverse();

  /** Owner-side join columns (indices into the owner's columns). */
  public abstract int[] ownerColumns();

  /** Target-side join columns (indices into the target's columns). */
  public abstract int[] targetColumns();

  /**
   * The number of column pairs in the join; of a many-to-many, the owner side's (the target
   * side's is {@code targetColumns().length}, each side joined on its own key).
   */
  public abstract int joinWidth();

  /** Owner-side join column {@code i}. */
  public abstract Column ownerJoinColumn(int i);

  /** Target-side join column {@code i}. */
  public abstract Column targetJoinColumn(int i);

  /** The quoted association table of a many-to-many, or {@code null}. */
  public abstract String secondaryTable();

  /** Association columns equal to the owner's join columns (quoted). */
  public abstract String secondaryOwnerColumn(int i);

  /** Association columns equal to the target's join columns (quoted). */
  public abstract String secondaryTargetColumn(int i);

  /** For a many-to-many pair: whether this side writes the association rows. */
  public abstract boolean writesLinks();

  /**
   * Whether the relation cascades {@code kind}, one of the annotation's cascades ({@code ALL}
   * is expanded when the relation is built, so it is never in the set). What a delete does
   * through the relation is compiled into the owner's {@link DeleteStep}s.
   */
  public abstract boolean cascades(Cascade kind);

  /** The relation's cascades, {@code ALL} expanded. */
  public abstract Set<Cascade> cascade();

  /** How deleting the owner treats the related rows: the {@code passiveDeletes} declared. */
  public abstract PassiveDeletes passiveDeletes();

  /** Whether the database's ON UPDATE CASCADE carries a changed key (else the flush does). */
  public abstract boolean passiveUpdates();

  /** Whether the foreign key is written by a second UPDATE after the INSERT. */
  public abstract boolean postUpdate();

  /** Whether each target has at most one owner through this relation. */
  public abstract boolean singleParent();

  /** When the related objects are loaded: the {@code lazy} the relationship declares. */
  public abstract Lazy loading();

  /** Whether the target side holds the foreign key. */
  public final boolean foreignKeyOnTarget() {
    return direction() == Direction.ONE_TO_MANY;
  }

  /** {@code Owner.field}, as messages name relations. */
  @Override
  public final String toString() {
    return owner().name() + "." + name();
  }
}
