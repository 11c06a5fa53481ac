package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** A role users hold. */
@Entity(table = "roles")
public class Role {
  @Id @GeneratedValue Long id;
  String description;

  Role() {}

  Role(String description) {
    this.description = description;
  }
}
