package dev.sluice.conformance.joined.basic;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** Joined below {@link Foo}. */
@Entity(table = "bar")
@PolymorphicIdentity("bar")
public class Bar extends Foo {
  String barData;

  Bar() {}

  Bar(String data) {
    super(data);
  }
}
