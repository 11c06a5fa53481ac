package dev.sluice.conformance.joined;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PrimaryKeyJoin;

/**
 * A subclass in a table of its own whose key has no database foreign key (the note's second
 * joined form, {@code inherit_condition} and {@code inherit_foreign_keys}) and another name.
 */
@Entity(table = "managers")
@PrimaryKeyJoin(column = "person_id", constraint = false)
@PolymorphicIdentity("manager")
public class Manager extends Person {
  String managerData;

  Manager() {}

  Manager(String name, String managerData) {
    super(name);
    this.managerData = managerData;
  }
}
