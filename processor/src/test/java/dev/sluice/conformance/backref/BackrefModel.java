package dev.sluice.conformance.backref;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.Backref;
import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** The models of test_backref_mutations.py: users and addresses three ways, items and keywords. */
final class BackrefModel {
  private BackrefModel() {}

  /** A user whose addresses have a plain backref "user" (O2MCollectionTest). */
  @Entity(table = "users")
  static class User {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship(backref = "user")
    final RelatedList<Address> addresses = BackrefModel_User_.addresses(this);

    User() {}

    User(String name) {
      this.name = name;
    }
  }

  /** An address of a {@link User}. */
  @Entity(table = "addresses")
  static class Address {
    @Id @GeneratedValue Long id;
    String emailAddress;
    @ForeignKey(entity = User.class) Long userId;
    final RelatedRef<User> user = BackrefModel_Address_.user(this);

    Address() {}

    Address(String emailAddress) {
      this.emailAddress = emailAddress;
    }
  }

  /** A user with one address, backref "user" (O2OScalarBackrefMoveTest). */
  @Entity(table = "one_users")
  static class OneUser {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship(backref = "user")
    final RelatedRef<OneAddress> address = BackrefModel_OneUser_.address(this);

    OneUser() {}

    OneUser(String name) {
      this.name = name;
    }
  }

  /** The address of a {@link OneUser}. */
  @Entity(table = "one_addresses")
  static class OneAddress {
    @Id @GeneratedValue Long id;
    String emailAddress;
    @ForeignKey(entity = OneUser.class) Long userId;
    final RelatedRef<OneUser> user = BackrefModel_OneAddress_.user(this);

    OneAddress() {}

    OneAddress(String emailAddress) {
      this.emailAddress = emailAddress;
    }
  }

  /** A user with one address and no backref (O2OScalarMoveTest). */
  @Entity(table = "plain_users")
  static class PlainUser {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship
    final RelatedRef<PlainAddress> address = BackrefModel_PlainUser_.address(this);

    PlainUser() {}

    PlainUser(String name) {
      this.name = name;
    }
  }

  /** The address of a {@link PlainUser}; it has no reference back. */
  @Entity(table = "plain_addresses")
  static class PlainAddress {
    @Id @GeneratedValue Long id;
    String emailAddress;
    @ForeignKey(entity = PlainUser.class) Long userId;

    PlainAddress() {}

    PlainAddress(String emailAddress) {
      this.emailAddress = emailAddress;
    }
  }

  /** A user whose address's backref deletes it when orphaned (O2OScalarOrphanTest). */
  @Entity(table = "orphan_users")
  static class OrphanUser {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship(backref = "user", backrefOptions = @Backref(singleParent = true,
        cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}))
    final RelatedRef<OrphanAddress> address = BackrefModel_OrphanUser_.address(this);

    OrphanUser() {}

    OrphanUser(String name) {
      this.name = name;
    }
  }

  /** The address of an {@link OrphanUser}. */
  @Entity(table = "orphan_addresses")
  static class OrphanAddress {
    @Id @GeneratedValue Long id;
    String emailAddress;
    @ForeignKey(entity = OrphanUser.class) Long userId;
    final RelatedRef<OrphanUser> user = BackrefModel_OrphanAddress_.user(this);

    OrphanAddress() {}

    OrphanAddress(String emailAddress) {
      this.emailAddress = emailAddress;
    }
  }

  /** An item with keywords, backref "items" (M2MCollectionMoveTest). */
  @Entity(table = "items")
  static class Item {
    @Id @GeneratedValue Long id;
    String description;
    @Relationship(secondary = ItemKeyword.class, backref = "items")
    final RelatedList<Keyword> keywords = BackrefModel_Item_.keywords(this);

    Item() {}

    Item(String description) {
      this.description = description;
    }
  }

  /** A keyword of items. */
  @Entity(table = "keywords")
  static class Keyword {
    @Id @GeneratedValue Long id;
    String name;
    final RelatedList<Item> items = BackrefModel_Keyword_.items(this);

    Keyword() {}

    Keyword(String name) {
      this.name = name;
    }
  }

  /** Links items and keywords. */
  @AssociationTable(name = "item_keywords")
  static class ItemKeyword {
    @ForeignKey(entity = Item.class) Long itemId;
    @ForeignKey(entity = Keyword.class) Long keywordId;
  }
}
