package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The discriminator value of one concrete class of a hierarchy rooted at a
 * {@link PolymorphicOn} entity (SQLAlchemy's {@code polymorphic_identity}): rows holding it are
 * loaded as this class, and queries for this class select rows holding it or the value of one
 * of its subclasses. Unique within the hierarchy; abstract classes have none.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PolymorphicIdentity {
  /** The discriminator value. */
  String value();
}
