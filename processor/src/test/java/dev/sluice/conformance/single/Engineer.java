package dev.sluice.conformance.single;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** A subclass with a column of its own, itself extended. */
@Entity
@PolymorphicIdentity("engineer")
public class Engineer extends Employee {
  String engineerInfo;

  Engineer() {}

  Engineer(String name, String engineerInfo) {
    super(name);
    this.engineerInfo = engineerInfo;
  }
}
