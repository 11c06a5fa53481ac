package dev.sluice.example.joined;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PrimaryKeyJoin;

/**
 * A manager: its column in {@code managers}, keyed to people's id without a database foreign
 * key (SQLAlchemy's {@code inherit_condition} and {@code inherit_foreign_keys}).
 */
@Entity(table = "managers")
@PrimaryKeyJoin(constraint = false)
@PolymorphicIdentity("manager")
public class Manager extends Person {
  @Column(length = 50) String team;

  Manager() {}

  Manager(String name, String team) {
    super(name);
    this.team = team;
  }
}
