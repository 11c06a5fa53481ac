package dev.sluice.conformance.merge;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** The models of test_merge.py. */
final class MergeModel {
  private MergeModel() {}

  /** A user with addresses (default cascade, backref) and orders (no backref). */
  @Entity(table = "users")
  static class User {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship(backPopulates = "user", orderBy = "id")
    final RelatedList<Address> addresses = MergeModel_User_.addresses(this);
    @Relationship(orderBy = "id")
    final RelatedList<Order> orders = MergeModel_User_.orders(this);

    User() {}

    User(Long id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  /** An address of a {@link User}. */
  @Entity(table = "addresses")
  static class Address {
    @Id @GeneratedValue Long id;
    String emailAddress;
    @ForeignKey(entity = User.class) Long userId;
    @Relationship(backPopulates = "addresses")
    final RelatedRef<User> user = MergeModel_Address_.user(this);

    Address() {}

    Address(Long id, String emailAddress) {
      this.id = id;
      this.emailAddress = emailAddress;
    }
  }

  /** A user whose addresses cascade everything, orphans included, ordered by id. */
  @Entity(table = "o_users")
  static class OUser {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship(backPopulates = "user", orderBy = "id",
        cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
    final RelatedList<OAddress> addresses = MergeModel_OUser_.addresses(this);

    OUser() {}

    OUser(Long id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  /** An address of an {@link OUser}. */
  @Entity(table = "o_addresses")
  static class OAddress {
    @Id @GeneratedValue Long id;
    String emailAddress;
    @ForeignKey(entity = OUser.class) Long userId;
    @Relationship(backPopulates = "addresses")
    final RelatedRef<OUser> user = MergeModel_OAddress_.user(this);

    OAddress() {}

    OAddress(Long id, String emailAddress) {
      this.id = id;
      this.emailAddress = emailAddress;
    }
  }

  /** An address whose many-to-one to {@link User} cascades SAVE_UPDATE only, not MERGE. */
  @Entity(table = "n_addresses")
  static class NAddress {
    @Id @GeneratedValue Long id;
    String emailAddress;
    @ForeignKey(entity = User.class) Long userId;
    @Relationship(cascade = Cascade.SAVE_UPDATE)
    final RelatedRef<User> user = MergeModel_NAddress_.user(this);

    NAddress() {}

    NAddress(Long id, String emailAddress) {
      this.id = id;
      this.emailAddress = emailAddress;
    }
  }

  /** An address with a plain many-to-one to {@link User} and no backref. */
  @Entity(table = "m_addresses")
  static class MAddress {
    @Id @GeneratedValue Long id;
    String emailAddress;
    @ForeignKey(entity = User.class) Long userId;
    @Relationship final RelatedRef<User> user = MergeModel_MAddress_.user(this);

    MAddress() {}

    MAddress(Long id, String emailAddress) {
      this.id = id;
      this.emailAddress = emailAddress;
    }
  }

  /** An order of a {@link User}, shipped to an {@link Address}, with items. */
  @Entity(table = "orders")
  static class Order {
    @Id @GeneratedValue Long id;
    String description;
    @ForeignKey(entity = User.class) Long userId;
    @ForeignKey(entity = Address.class) Long addressId;
    @Relationship final RelatedRef<Address> address = MergeModel_Order_.address(this);
    @Relationship(secondary = OrderItem.class, orderBy = "id")
    final RelatedList<Item> items = MergeModel_Order_.items(this);

    Order() {}

    Order(String description) {
      this.description = description;
    }
  }

  /** An item of orders. */
  @Entity(table = "items")
  static class Item {
    @Id @GeneratedValue Long id;
    String description;

    Item() {}

    Item(String description) {
      this.description = description;
    }
  }

  /** Links orders and items. */
  @AssociationTable(name = "order_items")
  static class OrderItem {
    @ForeignKey(entity = Order.class) Long orderId;
    @ForeignKey(entity = Item.class) Long itemId;
  }

  /** A user with a one-to-one address, backref "user". */
  @Entity(table = "one_users")
  static class OneUser {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship(backref = "user")
    final RelatedRef<OneAddress> address = MergeModel_OneUser_.address(this);

    OneUser() {}

    OneUser(Long id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  /** The address of a {@link OneUser}. */
  @Entity(table = "one_addresses")
  static class OneAddress {
    @Id @GeneratedValue Long id;
    String emailAddress;
    @ForeignKey(entity = OneUser.class) Long userId;
    final RelatedRef<OneUser> user = MergeModel_OneAddress_.user(this);

    OneAddress() {}

    OneAddress(Long id, String emailAddress) {
      this.id = id;
      this.emailAddress = emailAddress;
    }
  }

  /** A rock with one bug, deleted when orphaned (LoadOnPendingTest). */
  @Entity(table = "rocks")
  static class Rock {
    @Id Long id;
    String description;
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
    final RelatedRef<Bug> bug = MergeModel_Rock_.bug(this);

    Rock() {}

    Rock(Long id, String description) {
      this.id = id;
      this.description = description;
    }
  }

  /** The bug of a {@link Rock}. */
  @Entity(table = "bugs")
  static class Bug {
    @Id Long id;
    @ForeignKey(entity = Rock.class) Long rockid;

    Bug() {}

    Bug(Long id) {
      this.id = id;
    }
  }
}
