package dev.sluice.conformance.naturalpks;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/**
 * The composite-key models of test_naturalpks.py: a user keyed by two integers whose keys are
 * swapped, and addresses keyed by their user's name and their email, so the foreign key is
 * part of the primary key. The address mappings come as one-to-many from the user and as
 * many-to-one from the address, each with keys the database cascades and keys Sluice
 * propagates ({@code passiveUpdates = false} over a logical foreign key).
 */
final class CompositePkModel {
  private CompositePkModel() {}

  /** A user keyed by code and status. */
  @Entity(table = "rp_user")
  static class RpUser {
    @Id Integer code;
    @Id Integer status;
    String username;

    RpUser() {}

    RpUser(int code, int status, String username) {
      this.code = code;
      this.status = status;
      this.username = username;
    }
  }

  /** A user whose addresses are a one-to-many; the database cascades its new name. */
  @Entity(table = "cf_users")
  static class OUser {
    @Id String username;
    @SuppressWarnings("sluice:nullify-not-null") // no user is deleted here
    @Relationship final RelatedList<OAddress> addresses = CompositePkModel_OUser_.addresses(this);

    OUser() {}

    OUser(String username) {
      this.username = username;
    }
  }

  /** An address keyed by its user's name and its email. */
  @Entity(table = "cf_addresses")
  static class OAddress {
    @Id @ForeignKey(entity = OUser.class, onUpdate = Action.CASCADE) String username;
    @Id String email;
    String etc;

    OAddress() {}

    OAddress(String username, String email) {
      this.username = username;
      this.email = email;
    }
  }

  /** As {@link OUser}, with the name propagated by Sluice. */
  @Entity(table = "cf_np_users")
  static class NoUser {
    @Id String username;
    @SuppressWarnings("sluice:nullify-not-null") // no user is deleted here
    @Relationship(passiveUpdates = false)
    final RelatedList<NoAddress> addresses = CompositePkModel_NoUser_.addresses(this);

    NoUser() {}

    NoUser(String username) {
      this.username = username;
    }
  }

  /** An address of a {@link NoUser}, over a logical key. */
  @Entity(table = "cf_np_addresses")
  static class NoAddress {
    @Id @ForeignKey(entity = NoUser.class, constraint = false) String username;
    @Id String email;
    String etc;

    NoAddress() {}

    NoAddress(String username, String email) {
      this.username = username;
      this.email = email;
    }
  }

  /** A user its addresses refer to by a many-to-one; the database cascades its new name. */
  @Entity(table = "cm_users")
  static class MUser {
    @Id String username;

    MUser() {}

    MUser(String username) {
      this.username = username;
    }
  }

  /** An address whose user is a many-to-one, its foreign key part of its primary key. */
  @Entity(table = "cm_addresses")
  static class MAddress {
    @Id @ForeignKey(entity = MUser.class, onUpdate = Action.CASCADE) String username;
    @Id String email;
    String etc;
    @Relationship final RelatedRef<MUser> user = CompositePkModel_MAddress_.user(this);

    MAddress() {}

    MAddress(MUser user, String email) {
      this.user.set(user);
      this.email = email;
    }
  }

  /** As {@link MUser}, with the name propagated by Sluice. */
  @Entity(table = "cm_np_users")
  static class NmUser {
    @Id String username;

    NmUser() {}

    NmUser(String username) {
      this.username = username;
    }
  }

  /** An address of an {@link NmUser}, over a logical key. */
  @Entity(table = "cm_np_addresses")
  static class NmAddress {
    @Id @ForeignKey(entity = NmUser.class, constraint = false) String username;
    @Id String email;
    String etc;
    @Relationship(passiveUpdates = false)
    final RelatedRef<NmUser> user = CompositePkModel_NmAddress_.user(this);

    NmAddress() {}

    NmAddress(NmUser user, String email) {
      this.user.set(user);
      this.email = email;
    }
  }
}
