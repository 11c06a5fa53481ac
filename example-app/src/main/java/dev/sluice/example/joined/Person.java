package dev.sluice.example.joined;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PolymorphicOn;

/**
 * A person, the root of a hierarchy whose subclasses keep their columns in tables of their own;
 * the {@code type} column still says which class each row is.
 */
@Entity(table = "people")
@PolymorphicOn("discriminator")
@PolymorphicIdentity("person")
public class Person {
  @Id @GeneratedValue Long id;
  String name;
  @Column(name = "type", length = 50) String discriminator;

  Person() {}

  Person(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "<" + getClass().getSimpleName() + ": " + name + ">";
  }
}
