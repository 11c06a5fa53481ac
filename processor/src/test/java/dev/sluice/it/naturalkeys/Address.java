package dev.sluice.it.naturalkeys;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** An address, keyed by e-mail, of a user. */
@Entity(table = "addresses")
public class Address {
  @Id String email;
  @ForeignKey(entity = User.class, onUpdate = Action.CASCADE) String username;

  @Relationship(backPopulates = "addresses")
  final RelatedRef<User> user = Address_.user(this);

  Address() {}

  Address(String email) {
    this.email = email;
  }
}
