package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a column references a column of another entity (by default its {@link Id}).
 *
 * <p>With {@code constraint = false} the key is <em>logical</em>: relationships are inferred
 * from it as from a real one, but the DDL declares no constraint.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface ForeignKey {
  /** The referenced entity. */
  Class<?> entity();

  /** The referenced field (or its column name); defaults to the entity's {@link Id}. */
  String column() default "";

  /** What the database does to this row when the referenced row is deleted. */
  Action onDelete() default Action.NO_ACTION;

  /** What the database does to this row when the referenced key changes. */
  Action onUpdate() default Action.NO_ACTION;

  /** Whether the DDL declares the constraint; {@code false} makes a logical foreign key. */
  boolean constraint() default true;

  /** The constraint name; defaults to {@code fk_<table>_<column>}. */
  String name() default "";
}
