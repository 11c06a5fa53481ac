package dev.sluice.conformance.joined;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** Owns people of every class (delete cascades through the hierarchy's tables). */
@Entity(table = "companies")
public class Company {
  @Id @GeneratedValue Long id;
  String name;

  @Relationship(backPopulates = "company", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<Person> people = Company_.people(this);

  Company() {}

  Company(String name) {
    this.name = name;
  }
}
