package dev.sluice.conformance.single;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** The junior engineer of RelationshipToSingleTest. */
@Entity
@PolymorphicIdentity("juniorengineer")
public class JuniorTechnician extends Technician {
  JuniorTechnician() {}

  JuniorTechnician(String name, String engineerInfo) {
    super(name, engineerInfo);
  }
}
