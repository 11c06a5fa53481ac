package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an entity the root of a class hierarchy mapped to its table (single-table
 * inheritance, SQLAlchemy's {@code polymorphic_on}): names the {@code String} field whose
 * column, the discriminator, says which class each row is.
 *
 * <p>Every concrete class of the hierarchy, this one included, names its value with
 * {@link PolymorphicIdentity}; Sluice writes it into the discriminator of a new object that has
 * none, and builds the class a row names when it loads the row, by generated code. An
 * {@code @Entity} subclass that leaves {@link Entity#table()} empty shares the root's table;
 * its own columns must be nullable, since rows of other classes leave them {@code NULL}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PolymorphicOn {
  /** The discriminator field of this class (or of a {@link MappedSuperclass} it extends). */
  String value();
}
