package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a schema: the set of entities that are created, flushed and validated together.
 *
 * <p>Put it on an empty interface. For a schema {@code S} the processor generates
 * {@code S_Metadata} (tables, DDL, flush order), a report {@code META-INF/sluice/<qualified name of S>.md}, and,
 * when Dagger is on the compile classpath, the module {@code S_Module}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Schema {
  /** The entity classes of this schema. Association classes need not be listed. */
  Class<?>[] entities();
}
