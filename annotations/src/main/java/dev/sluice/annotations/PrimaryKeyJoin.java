package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the table of a joined-table subclass is keyed to the table of the class it extends
 * (SQLAlchemy's {@code inherit_condition} and {@code inherit_foreign_keys}): an {@code @Entity}
 * subclass that names a {@link Entity#table()} of its own stores its columns there, in a row
 * whose key column holds the id of the row in its superclass's table. Without this annotation
 * that column has the name of the root's id column and a foreign key to the superclass's table.
 *
 * <p>Both tables' key columns are one field, the root's {@link Id}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PrimaryKeyJoin {
  /** The key column of the subclass's table; defaults to the name of the root's id column. */
  String column() default "";

  /**
   * Whether the DDL declares the foreign key to the superclass's table; {@code false} makes a
   * logical key, joined and written the same way.
   */
  boolean constraint() default true;

  /**
   * Whether deleting an object leaves this table's row, and those of the joined tables below
   * it, to the database's ON DELETE CASCADE of the key (SQLAlchemy's mapper-level
   * {@code passive_deletes}): one DELETE fewer per table. Needs {@code constraint = true}.
   */
  boolean passiveDeletes() default false;
}
