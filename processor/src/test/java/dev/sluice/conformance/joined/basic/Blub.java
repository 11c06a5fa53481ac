package dev.sluice.conformance.joined.basic;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** Joined below {@link Bar}, with a many-to-one to the root class. */
@Entity(table = "blub")
@PolymorphicIdentity("blub")
public class Blub extends Bar {
  @ForeignKey(entity = Foo.class) Long fooId;
  String blubData;

  @Relationship
  final RelatedRef<Foo> parentFoo = Blub_.parentFoo(this);

  Blub() {}

  Blub(String data) {
    super(data);
  }
}
