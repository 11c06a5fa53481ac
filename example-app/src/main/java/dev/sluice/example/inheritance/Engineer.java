package dev.sluice.example.inheritance;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** An engineer: a person with a column of its own, in the people table. */
@Entity
@PolymorphicIdentity("engineer")
public class Engineer extends Person {
  @Column(length = 50) String primaryLanguage;

  Engineer() {}

  Engineer(String name, String primaryLanguage) {
    super(name);
    this.primaryLanguage = primaryLanguage;
  }
}
