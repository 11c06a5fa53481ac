package dev.sluice.conformance.single.m2m;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/**
 * Two many-to-many relations through one association table, each to one subclass: which rows
 * a relation holds is decided by the discriminator.
 */
@Entity(table = "parent")
public class Parent {
  @Id @GeneratedValue Long id;

  /** A collection: a many-to-many side is one in Sluice (E319), where SQLAlchemy's is scalar. */
  @Relationship(secondary = M2m.class, lazy = Lazy.JOINED)
  final RelatedList<SubChild1> s1 = Parent_.s1(this);

  @Relationship(secondary = M2m.class)
  final RelatedList<SubChild2> s2 = Parent_.s2(this);
}
