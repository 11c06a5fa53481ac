package dev.sluice.conformance.expire;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** The models of test_expire.py: users and addresses with the loading and cascades it needs. */
final class ExpireModel {
  private ExpireModel() {}

  /** A user whose addresses (default cascade, backref) are ordered by email. */
  @Entity(table = "users")
  static class User {
    @Id Long id;
    String name;
    @Relationship(backPopulates = "user", orderBy = "emailAddress")
    final RelatedList<Address> addresses = ExpireModel_User_.addresses(this);

    User() {}

    User(Long id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  /** An address of a {@link User}. */
  @Entity(table = "addresses")
  static class Address {
    @Id Long id;
    String emailAddress;
    @ForeignKey(entity = User.class) Long userId;
    @Relationship(backPopulates = "addresses")
    final RelatedRef<User> user = ExpireModel_Address_.user(this);

    Address() {}

    Address(Long id, String emailAddress) {
      this.id = id;
      this.emailAddress = emailAddress;
    }
  }

  /** A user whose addresses load joined with it. */
  @Entity(table = "j_users")
  static class JUser {
    @Id Long id;
    String name;
    @Relationship(backPopulates = "user", orderBy = "id", lazy = Lazy.JOINED)
    final RelatedList<JAddress> addresses = ExpireModel_JUser_.addresses(this);

    JUser() {}

    JUser(Long id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  /** An address of a {@link JUser}. */
  @Entity(table = "j_addresses")
  static class JAddress {
    @Id Long id;
    String emailAddress;
    @ForeignKey(entity = JUser.class) Long userId;
    @Relationship(backPopulates = "addresses")
    final RelatedRef<JUser> user = ExpireModel_JAddress_.user(this);

    JAddress() {}

    JAddress(Long id, String emailAddress) {
      this.id = id;
      this.emailAddress = emailAddress;
    }
  }

  /** A user whose addresses cascade everything, REFRESH_EXPIRE included. */
  @Entity(table = "r_users")
  static class RUser {
    @Id Long id;
    String name;
    @Relationship(orderBy = "id", cascade = Cascade.ALL)
    final RelatedList<RAddress> addresses = ExpireModel_RUser_.addresses(this);

    RUser() {}

    RUser(Long id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  /** An address of a {@link RUser}. */
  @Entity(table = "r_addresses")
  static class RAddress {
    @Id Long id;
    String emailAddress;
    @ForeignKey(entity = RUser.class) Long userId;

    RAddress() {}

    RAddress(Long id, String emailAddress) {
      this.id = id;
      this.emailAddress = emailAddress;
    }
  }

  /** A user whose addresses cascade save-update, refresh-expire, delete and delete-orphan. */
  @Entity(table = "p_users")
  static class PUser {
    @Id Long id;
    String name;
    @Relationship(orderBy = "id", cascade = {Cascade.SAVE_UPDATE,
        Cascade.REFRESH_EXPIRE, Cascade.DELETE, Cascade.DELETE_ORPHAN})
    final RelatedList<PAddress> addresses = ExpireModel_PUser_.addresses(this);

    PUser() {}

    PUser(Long id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  /** An address of a {@link PUser}. */
  @Entity(table = "p_addresses")
  static class PAddress {
    @Id Long id;
    String emailAddress;
    @ForeignKey(entity = PUser.class) Long userId;

    PAddress() {}

    PAddress(Long id, String emailAddress) {
      this.id = id;
      this.emailAddress = emailAddress;
    }
  }

  /** A user whose addresses cascade save-update and refresh-expire. */
  @Entity(table = "q_users")
  static class QUser {
    @Id Long id;
    String name;
    @Relationship(orderBy = "id",
        cascade = {Cascade.SAVE_UPDATE, Cascade.REFRESH_EXPIRE})
    final RelatedList<QAddress> addresses = ExpireModel_QUser_.addresses(this);

    QUser() {}

    QUser(Long id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  /** An address of a {@link QUser}. */
  @Entity(table = "q_addresses")
  static class QAddress {
    @Id Long id;
    String emailAddress;
    @ForeignKey(entity = QUser.class) Long userId;

    QAddress() {}

    QAddress(Long id, String emailAddress) {
      this.id = id;
      this.emailAddress = emailAddress;
    }
  }

  /** An order (no relationships needed here). */
  @Entity(table = "orders")
  static class Order {
    @Id Long id;
    String description;
    Integer isopen;

    Order() {}

    Order(Long id, String description, Integer isopen) {
      this.id = id;
      this.description = description;
      this.isopen = isopen;
    }
  }
}
