package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose instances are rows of one table.
 *
 * <p>The class must be concrete, have a no-argument constructor the generated code can call,
 * and an {@link Id} field (several for a composite key). Every non-static,
 * non-{@code transient} field of a supported type is a column.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {
  /** The table name, used as written (quoted). Defaults to the snake_case class name. */
  String table() default "";
}
