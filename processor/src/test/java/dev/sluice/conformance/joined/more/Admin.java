package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PrimaryKeyJoin;

/** Table {@code admins}, keyed by {@code user_id} (the original gives it its own id too). */
@Entity(table = "admins")
@PrimaryKeyJoin(column = "user_id")
@PolymorphicIdentity("admin")
public class Admin extends User {
  Admin() {}

  Admin(String email, String password) {
    super(email, password);
  }
}
