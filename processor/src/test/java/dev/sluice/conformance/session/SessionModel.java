package dev.sluice.conformance.session;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** The models of test_session.py: users with addresses, plain and cascading everything. */
final class SessionModel {
  private SessionModel() {}

  /** A user whose addresses have the default cascade. */
  @Entity(table = "users")
  static class User {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship(backPopulates = "user")
    final RelatedList<Address> addresses = SessionModel_User_.addresses(this);

    User() {}

    User(String name) {
      this.name = name;
    }
  }

  /** An address of a {@link User}; its email is NOT NULL. */
  @Entity(table = "addresses")
  static class Address {
    @Id @GeneratedValue Long id;
    @Column(nullable = false) String emailAddress;
    @ForeignKey(entity = User.class) Long userId;
    @Relationship(backPopulates = "addresses")
    final RelatedRef<User> user = SessionModel_Address_.user(this);

    Address() {}

    Address(String emailAddress) {
      this.emailAddress = emailAddress;
    }
  }

  /** A user whose addresses cascade everything, and back ("all" both ways). */
  @Entity(table = "c_users")
  static class CUser {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship(backPopulates = "user", cascade = Cascade.ALL)
    final RelatedList<CAddress> addresses = SessionModel_CUser_.addresses(this);

    CUser() {}

    CUser(String name) {
      this.name = name;
    }
  }

  /** An address of a {@link CUser}. */
  @Entity(table = "c_addresses")
  static class CAddress {
    @Id @GeneratedValue Long id;
    String emailAddress;
    @ForeignKey(entity = CUser.class) Long userId;
    @Relationship(backPopulates = "addresses", cascade = Cascade.ALL)
    @SuppressWarnings("sluice:delete-many-to-one")
    final RelatedRef<CUser> user = SessionModel_CAddress_.user(this);

    CAddress() {}

    CAddress(String emailAddress) {
      this.emailAddress = emailAddress;
    }
  }
}
