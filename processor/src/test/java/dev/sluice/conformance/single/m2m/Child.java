package dev.sluice.conformance.single.m2m;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicOn;

/** The root of ManyToManyToSingleTest's hierarchy, without an identity: every row is a subclass. */
@Entity(table = "child")
@PolymorphicOn("discriminator")
public abstract class Child {
  @Id @GeneratedValue Long id;
  String discriminator;
  String name;

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + name + ")";
  }
}
