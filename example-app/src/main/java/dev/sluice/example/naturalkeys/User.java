package dev.sluice.example.naturalkeys;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A user known by a username that may change: a natural, mutable primary key. */
@Entity(table = "user")
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

  @Override
  public String toString() {
    return "<User: " + username + ">";
  }
}
