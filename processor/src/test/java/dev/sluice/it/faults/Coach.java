package dev.sluice.it.faults;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** A coach, in table {@code coach} keyed by a foreign key to {@code staff}. */
@Entity(table = "coach")
@PolymorphicIdentity("coach")
public class Coach extends Staff {
  @Column(nullable = false) String tactic;

  Coach() {}

  Coach(String name, String tactic) {
    super(name);
    this.tactic = tactic;
  }
}
