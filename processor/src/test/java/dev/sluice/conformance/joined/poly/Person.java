package dev.sluice.conformance.joined.poly;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PolymorphicOn;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** The root of the polymorphic fixture's people, engineers, managers and boss. */
@Entity(table = "people")
@PolymorphicOn("type")
@PolymorphicIdentity("person")
public class Person {
  @Id @GeneratedValue Long personId;
  @ForeignKey(entity = Company.class) Long companyId;
  String name;
  String type;

  @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, orderBy = "paperworkId")
  final RelatedList<Paperwork> paperwork = Person_.paperwork(this);

  Person() {}

  Person(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + name + ")";
  }
}
