package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PolymorphicOn;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** FlushTest's users, with roles through {@code user_roles}, loaded JOINED. */
@Entity(table = "users")
@PolymorphicOn("type")
@PolymorphicIdentity("user")
public class User {
  @Id @GeneratedValue Long id;
  String email;
  String password;
  String type;

  @Relationship(secondary = UserRole.class, lazy = Lazy.JOINED)
  final RelatedList<Role> roles = User_.roles(this);

  User() {}

  User(String email, String password) {
    this.email = email;
    this.password = password;
  }
}
