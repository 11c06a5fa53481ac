package dev.sluice.conformance.single.basic;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicOn;

/** The root of NoPolyIdentInMiddleTest: no identity of its own, like every class but C, D, E. */
@Entity(table = "base")
@PolymorphicOn("type")
public abstract class A {
  @Id @GeneratedValue Long id;
  @Column(nullable = false) String type;

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
