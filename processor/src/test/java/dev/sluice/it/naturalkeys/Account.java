package dev.sluice.it.naturalkeys;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** An account whose name propagates by the ORM (no constraint in the database). */
@Entity(table = "accounts")
public class Account {
  @Id String name;

  @Relationship(backPopulates = "account", passiveUpdates = false,
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedRef<Profile> profile = Account_.profile(this);

  Account() {}

  Account(String name) {
    this.name = name;
  }
}
