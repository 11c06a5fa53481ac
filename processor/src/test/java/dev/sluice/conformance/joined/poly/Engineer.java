package dev.sluice.conformance.joined.poly;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** Rows of {@code engineers}, keyed by {@code person_id}, with machines. */
@Entity(table = "engineers")
@PolymorphicIdentity("engineer")
public class Engineer extends Person {
  String status;
  String engineerName;
  String primaryLanguage;

  @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, orderBy = "machineId")
  final RelatedList<Machine> machines = Engineer_.machines(this);

  Engineer() {}

  Engineer(String name, String primaryLanguage, String status) {
    super(name);
    this.engineerName = name;
    this.primaryLanguage = primaryLanguage;
    this.status = status;
  }
}
