package dev.sluice.conformance.single;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** The manager of RelationshipToSingleTest. */
@Entity
@PolymorphicIdentity("manager")
public class Boss extends Staffer {
  String managerData;

  Boss() {}

  Boss(String name, String managerData) {
    this.name = name;
    this.managerData = managerData;
  }
}
