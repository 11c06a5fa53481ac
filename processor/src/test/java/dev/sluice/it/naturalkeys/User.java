package dev.sluice.it.naturalkeys;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A user known by its username, which may change; addresses follow through ON UPDATE CASCADE. */
@Entity(table = "users")
public class User {
  @Id String username;
  String fullname;

  @Relationship(backPopulates = "user")
  final RelatedList<Address> addresses = User_.addresses(this);

  User() {}

  User(String username, String fullname) {
    this.username = username;
    this.fullname = fullname;
  }
}
