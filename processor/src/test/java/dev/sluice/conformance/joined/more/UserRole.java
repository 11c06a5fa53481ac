package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** Links users (of any class) and roles. */
@AssociationTable(name = "user_roles")
public class UserRole {
  @ForeignKey(entity = User.class) Long userId;
  @ForeignKey(entity = Role.class) Long roleId;
}
