package dev.sluice.conformance.single;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** The engineer of RelationshipToSingleTest: the target of its parents' relations. */
@Entity
@PolymorphicIdentity("engineer")
public class Technician extends Staffer {
  String engineerInfo;

  Technician() {}

  Technician(String name, String engineerInfo) {
    this.name = name;
    this.engineerInfo = engineerInfo;
  }
}
