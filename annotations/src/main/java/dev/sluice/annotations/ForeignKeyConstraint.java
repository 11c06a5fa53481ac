package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A foreign key over several columns of the entity's table, as SQLAlchemy's
 * {@code ForeignKeyConstraint}: the values of {@link #columns()} together must be those of
 * {@link #references()} in one row of {@link #entity()}, unless one of them is NULL. The
 * referenced columns must be the entity's composite primary key or a {@link Unique} of exactly
 * those columns (the database looks the rows up by it). Repeatable. On a
 * {@link MappedSuperclass} it holds in the table of each entity that extends it; on an
 * {@link AssociationTable}, in the link table.
 *
 * <p>The constraint is enforced by the database and respected by the flush's order (the
 * referenced rows are inserted first). Relationships are not inferred from it: give them a
 * {@code primaryJoin} that pairs every column; the constraint tells which side holds the key. A
 * column that a {@code postUpdate} relationship writes breaks a cycle through the constraint,
 * since it is NULL at the INSERT.
 *
 * <pre>{@code
 * @Entity(table = "widget")
 * @ForeignKeyConstraint(columns = {"widgetId", "favoriteEntryId"}, entity = Entry.class,
 *     references = {"widgetId", "entryId"})
 * class Widget { … }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ForeignKeyConstraint.List.class)
public @interface ForeignKeyConstraint {
  /** The column fields (Java field names) of this entity, in the key's order. */
  String[] columns();

  /** The referenced entity. */
  Class<?> entity();

  /** The referenced column fields of {@link #entity()}, one for each of {@link #columns()}. */
  String[] references();

  /** What the database does to this row when the referenced row is deleted. */
  Action onDelete() default Action.NO_ACTION;

  /** What the database does to this row when the referenced key changes. */
  Action onUpdate() default Action.NO_ACTION;

  /** The constraint name; defaults to {@code fk_<table>_<column>_<column>…}. */
  String name() default "";

  /** Holds the constraints of a class that declares several. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    ForeignKeyConstraint[] value();
  }
}
