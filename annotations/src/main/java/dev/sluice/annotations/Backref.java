package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Options of the unannotated side named by {@link Relationship#backref()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Backref {
  /** See {@link Relationship#cascade()}. */
  Cascade[] cascade() default {Cascade.SAVE_UPDATE, Cascade.MERGE};

  /** See {@link Relationship#passiveDeletes()}. */
  PassiveDeletes passiveDeletes() default PassiveDeletes.OFF;

  /** See {@link Relationship#passiveUpdates()}. */
  boolean passiveUpdates() default true;

  /** See {@link Relationship#postUpdate()}. */
  boolean postUpdate() default false;

  /** See {@link Relationship#singleParent()}. */
  boolean singleParent() default false;

  /** See {@link Relationship#lazy()}. */
  Lazy lazy() default Lazy.SELECT;

  /** See {@link Relationship#orderBy()}. */
  String orderBy() default "";
}
