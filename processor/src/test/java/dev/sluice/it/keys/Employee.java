package dev.sluice.it.keys;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** An employee: a many-to-one to the company's key, declared on this side only. */
@Entity(table = "employees")
public class Employee {
  @Id @GeneratedValue Long id;
  String name;
  @ForeignKey(entity = Company.class, constraint = false) String companyCode;

  @Relationship(passiveUpdates = false)
  final RelatedRef<Company> company = Employee_.company(this);

  Employee() {}

  Employee(String name) {
    this.name = name;
  }
}
