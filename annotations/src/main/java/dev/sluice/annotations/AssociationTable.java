package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose {@link ForeignKey} fields describe the link table of a many-to-many
 * relationship. It is named by {@link Relationship#secondary()} and never instantiated; its
 * primary key is all its foreign-key columns.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AssociationTable {
  /** The table name, used as written (quoted). Defaults to the snake_case class name. */
  String name() default "";
}
