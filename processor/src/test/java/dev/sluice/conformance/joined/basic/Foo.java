package dev.sluice.conformance.joined.basic;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PolymorphicOn;

/** The root of a three-level joined hierarchy: foo, bar, blub. */
@Entity(table = "foo")
@PolymorphicOn("type")
@PolymorphicIdentity("foo")
public class Foo {
  @Id @GeneratedValue Long id;
  String type;
  String data;

  Foo() {}

  Foo(String data) {
    this.data = data;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + " id " + id + ", data " + data;
  }
}
