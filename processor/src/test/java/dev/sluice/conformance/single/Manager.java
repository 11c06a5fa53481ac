package dev.sluice.conformance.single;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A subclass with a column and a relationship of its own. */
@Entity
@PolymorphicIdentity("manager")
public class Manager extends Employee {
  String managerData;

  @Relationship(backPopulates = "manager", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<Stuff> stuff = Manager_.stuff(this);

  Manager() {}

  Manager(String name, String managerData) {
    super(name);
    this.managerData = managerData;
  }
}
