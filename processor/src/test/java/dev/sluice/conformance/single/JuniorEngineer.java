package dev.sluice.conformance.single;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** A subclass of a subclass: its rows are engineers too. */
@Entity
@PolymorphicIdentity("juniorengineer")
public class JuniorEngineer extends Engineer {
  JuniorEngineer() {}

  JuniorEngineer(String name, String engineerInfo) {
    super(name, engineerInfo);
  }
}
