package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Customises the column of a field; a field without it is still a column with defaults. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Column {
  /** The column name, used as written (quoted). Defaults to the snake_case field name. */
  String name() default "";

  /** Whether the column accepts NULL. Primitive fields and the {@link Id} are never null. */
  boolean nullable() default true;

  /** Adds a UNIQUE constraint; the DAO gains a {@code findBy…} finder for it. */
  boolean unique() default false;

  /** Maximum length of a string column ({@code VARCHAR(length)}); 0 means unbounded. */
  int length() default 0;

  /** Creates an index on the column. */
  boolean index() default false;
}
