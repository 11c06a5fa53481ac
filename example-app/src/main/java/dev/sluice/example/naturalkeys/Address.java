package dev.sluice.example.naturalkeys;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** An address of a user; the database carries a new username over (ON UPDATE CASCADE). */
@Entity(table = "address")
public class Address {
  @Id String email;
  @ForeignKey(entity = User.class, onUpdate = Action.CASCADE) String username;

  @Relationship(backPopulates = "addresses")
  final RelatedRef<User> user = Address_.user(this);

  Address() {}

  Address(String email) {
    this.email = email;
  }

  @Override
  public String toString() {
    return "<Address: " + email + ", username=" + username + ">";
  }
}
