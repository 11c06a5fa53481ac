package dev.sluice.conformance.unitofwork;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** The models of test_unitofwork.py. */
final class UnitOfWorkModel {
  private UnitOfWorkModel() {}

  /** A user with a plain one-to-many to addresses (no backref). */
  @Entity(table = "users")
  static class User {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship(orderBy = "id")
    final RelatedList<Address> addresses = UnitOfWorkModel_User_.addresses(this);

    User() {}

    User(String name) {
      this.name = name;
    }
  }

  /** An address of a {@link User}. */
  @Entity(table = "addresses")
  static class Address {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = User.class) Long userId;
    String emailAddress;

    Address() {}

    Address(String emailAddress) {
      this.emailAddress = emailAddress;
    }
  }

  /** A user with one address, no backref. */
  @Entity(table = "one_users")
  static class OneUser {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship final RelatedRef<OneAddress> address = UnitOfWorkModel_OneUser_.address(this);

    OneUser() {}

    OneUser(String name) {
      this.name = name;
    }
  }

  /** The address of a {@link OneUser}. */
  @Entity(table = "one_addresses")
  static class OneAddress {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = OneUser.class) Long userId;
    String emailAddress;

    OneAddress() {}

    OneAddress(String emailAddress) {
      this.emailAddress = emailAddress;
    }
  }

  /** A user reached by a many-to-one only. */
  @Entity(table = "m_users")
  static class MUser {
    @Id @GeneratedValue Long id;
    String name;

    MUser() {}

    MUser(String name) {
      this.name = name;
    }
  }

  /** An address with a many-to-one to {@link MUser}. */
  @Entity(table = "m_addresses")
  static class MAddress {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = MUser.class) Long userId;
    String emailAddress;
    @Relationship final RelatedRef<MUser> user = UnitOfWorkModel_MAddress_.user(this);

    MAddress() {}

    MAddress(String emailAddress) {
      this.emailAddress = emailAddress;
    }
  }

  /** A user whose addresses' many-to-one loads joined, backref "addresses". */
  @Entity(table = "b_users")
  static class BUser {
    @Id @GeneratedValue Long id;
    String name;
    final RelatedList<BAddress> addresses = UnitOfWorkModel_BUser_.addresses(this);

    BUser() {}

    BUser(String name) {
      this.name = name;
    }
  }

  /** An address of a {@link BUser}. */
  @Entity(table = "b_addresses")
  static class BAddress {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = BUser.class) Long userId;
    String emailAddress;
    @Relationship(backref = "addresses", lazy = Lazy.JOINED)
    final RelatedRef<BUser> user = UnitOfWorkModel_BAddress_.user(this);

    BAddress() {}

    BAddress(String emailAddress) {
      this.emailAddress = emailAddress;
    }
  }

  /** A user whose addresses never load (NOLOAD), backref "user". */
  @Entity(table = "n_users")
  static class NUser {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship(backref = "user", lazy = Lazy.NOLOAD)
    final RelatedList<NAddress> addresses = UnitOfWorkModel_NUser_.addresses(this);

    NUser() {}

    NUser(String name) {
      this.name = name;
    }
  }

  /** An address of an {@link NUser}. */
  @Entity(table = "n_addresses")
  static class NAddress {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = NUser.class) Long userId;
    String emailAddress;
    final RelatedRef<NUser> user = UnitOfWorkModel_NAddress_.user(this);

    NAddress() {}

    NAddress(String emailAddress) {
      this.emailAddress = emailAddress;
    }
  }

  /** An item whose keywords load joined, ordered by name. */
  @Entity(table = "items")
  static class Item {
    @Id @GeneratedValue Long id;
    String description;
    @Relationship(secondary = ItemKeyword.class, lazy = Lazy.JOINED, orderBy = "name")
    final RelatedList<Keyword> keywords = UnitOfWorkModel_Item_.keywords(this);

    Item() {}

    Item(String description) {
      this.description = description;
    }
  }

  /** A keyword. */
  @Entity(table = "keywords")
  static class Keyword {
    @Id @GeneratedValue Long id;
    String name;

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
