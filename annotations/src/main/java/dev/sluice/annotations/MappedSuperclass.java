package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a superclass whose fields are columns of every entity that extends it, with no table
 * of its own (SQLAlchemy's mixin or {@code __abstract__} base, JPA's mapped superclass): an id,
 * audit columns, foreign keys. Its fields follow the rules of an entity's own and come first in
 * the table. Relationship holders belong on the entities, which initialize them with their own
 * {@code X_.field(this)}. Generated code lives in each entity's package, so a superclass in
 * another package must make its fields, or their getters and setters, public.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MappedSuperclass {}
