package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A UNIQUE constraint over several columns of the entity's table, as SQLAlchemy's
 * {@code UniqueConstraint}: no two rows may hold the same values in all of them (rows with a
 * NULL in one of them do not clash). Repeatable; a single column is simpler as
 * {@code @Column(unique = true)}. On a {@link MappedSuperclass} it holds in the table of each
 * entity that extends it.
 *
 * <pre>{@code
 * @Entity
 * @Unique({"widgetId", "entryId"})
 * class Entry { … }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Unique.List.class)
public @interface Unique {
  /** The column fields (Java field names), in the constraint's column order. */
  String[] value();

  /** Holds the constraints of a class that declares several. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Unique[] value();
  }
}
