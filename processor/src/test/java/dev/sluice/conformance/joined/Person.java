package dev.sluice.conformance.joined;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PolymorphicOn;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** The root of the note's joined hierarchy: people, told apart by {@code type}. */
@Entity(table = "people")
@PolymorphicOn("type")
@PolymorphicIdentity("person")
public class Person {
  @Id @GeneratedValue Long id;
  String name;
  String type;
  @ForeignKey(entity = Company.class) Long companyId;

  @Relationship(backPopulates = "people")
  final RelatedRef<Company> company = Person_.company(this);

  Person() {}

  Person(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + name + ")";
  }
}
