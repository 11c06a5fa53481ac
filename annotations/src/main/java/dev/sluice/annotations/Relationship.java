package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a relationship on a holder field ({@code RelatedList}, {@code RelatedSet},
 * {@code RelatedRef} or {@code RelatedQuery}).
 *
 * <p>The direction is inferred at compile time: from where the foreign key sits, whether the
 * holder is single-valued, and whether {@link #secondary()} names an association table.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Relationship {
  /** The field on the target that is the other side of this relationship; it is annotated too. */
  String backPopulates() default "";

  /** The field on the target that is the other side, left unannotated; see {@link #backrefOptions()}. */
  String backref() default "";

  /** Options of the {@link #backref()} side. */
  Backref backrefOptions() default @Backref;

  /** Operations that follow this relationship; an explicit list replaces the default. */
  Cascade[] cascade() default {Cascade.SAVE_UPDATE, Cascade.MERGE};

  /** Whether deleting the parent leaves children to the database. */
  PassiveDeletes passiveDeletes() default PassiveDeletes.OFF;

  /** {@code false}: a changed primary key is propagated to referencing rows by the ORM. */
  boolean passiveUpdates() default true;

  /** Breaks a dependency cycle: the reference is written by a second UPDATE statement. */
  boolean postUpdate() default false;

  /** Each target has at most one parent through this relationship. */
  boolean singleParent() default false;

  /** The foreign-key fields of the join when no {@link ForeignKey} declares them. */
  String[] foreignKeys() default {};

  /** The join condition, such as {@code "Parent.id = Child.parentId"}. */
  String primaryJoin() default "";

  /** For a many-to-many: the join from the association table to the target. */
  String secondaryJoin() default "";

  /** For a many-to-many: the {@link AssociationTable} class. */
  Class<?> secondary() default void.class;

  /** When and how the related objects are loaded. */
  Lazy lazy() default Lazy.SELECT;

  /**
   * The order of a collection side: target fields, each optionally followed by ASC or DESC.
   * A single-valued side ({@code RelatedRef}) has no order, so setting it there is an error.
   */
  String orderBy() default "";

  /** For a self-referential single reference: the field on the remote side of the join. */
  String remoteSide() default "";
}
