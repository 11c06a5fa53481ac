package dev.sluice.conformance.naturalpks;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/**
 * The many-to-many of test_naturalpks.py NaturalPKTest with passive_updates off: Sluice
 * rewrites the association rows of a renamed user, so the keys are logical (a constraint
 * without ON UPDATE CASCADE would refuse the new key first, E332).
 */
final class NonPassiveItemsModel {
  private NonPassiveItemsModel() {}

  /** A user whose renames Sluice carries into np_users_to_items. */
  @Entity(table = "np_i_users")
  static class NpIUser {
    @Id String username;
    @Relationship(secondary = NpUsersToItems.class, backref = "users", passiveUpdates = false)
    final RelatedList<NpItem> items = NonPassiveItemsModel_NpIUser_.items(this);

    NpIUser() {}

    NpIUser(String username) {
      this.username = username;
    }
  }

  /** An item known by its name. */
  @Entity(table = "np_items")
  static class NpItem {
    @Id String itemname;
    final RelatedList<NpIUser> users = NonPassiveItemsModel_NpItem_.users(this);

    NpItem() {}

    NpItem(String itemname) {
      this.itemname = itemname;
    }
  }

  /** Links users and items by name, with no constraint. */
  @AssociationTable(name = "np_users_to_items")
  static class NpUsersToItems {
    @ForeignKey(entity = NpIUser.class, constraint = false) String username;
    @ForeignKey(entity = NpItem.class, constraint = false) String itemname;
  }
}
