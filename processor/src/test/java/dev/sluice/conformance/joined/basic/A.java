package dev.sluice.conformance.joined.basic;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicOn;

/** An abstract root whose subclasses' tables have logical keys only. */
@Entity(table = "a")
@PolymorphicOn("type")
public abstract class A {
  @Id @GeneratedValue Long id;
  String type;
}
