package dev.sluice.conformance.joined.poly;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A company of employees of every class. */
@Entity(table = "companies")
public class Company {
  @Id @GeneratedValue Long companyId;
  String name;

  @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, orderBy = "personId")
  final RelatedList<Person> employees = Company_.employees(this);

  Company() {}

  Company(String name) {
    this.name = name;
  }
}
