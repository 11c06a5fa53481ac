package dev.sluice.example.joined;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;

/** An engineer: its column in {@code engineers}, whose id is a foreign key to people's. */
@Entity(table = "engineers")
@PolymorphicIdentity("engineer")
public class Engineer extends Person {
  @Column(length = 50, nullable = false) String primaryLanguage;

  Engineer() {}

  Engineer(String name, String primaryLanguage) {
    super(name);
    this.primaryLanguage = primaryLanguage;
  }
}
