package dev.sluice.conformance.naturalpks;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.Backref;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/**
 * The models of test_naturalpks.py. Each mapping comes twice: keys the database cascades
 * (ON UPDATE CASCADE, {@code passiveUpdates = true}) and keys Sluice propagates
 * ({@code passiveUpdates = false} over a logical foreign key, since a constraint without ON
 * UPDATE CASCADE would refuse the new key first).
 */
final class NaturalPkModel {
  private NaturalPkModel() {}

  /** A user known by its username; addresses as a one-to-many without a backref. */
  @Entity(table = "users")
  static class User {
    @Id String username;
    String fullname;
    @Relationship final RelatedList<Address> addresses = NaturalPkModel_User_.addresses(this);

    User() {}

    User(String username, String fullname) {
      this.username = username;
      this.fullname = fullname;
    }
  }

  /** An address of a {@link User}, cascaded by the database. */
  @Entity(table = "addresses")
  static class Address {
    @Id String email;
    @ForeignKey(entity = User.class, onUpdate = Action.CASCADE) String username;

    Address() {}

    Address(String email) {
      this.email = email;
    }
  }

  /** A user whose one-to-many addresses follow a new username by the ORM. */
  @Entity(table = "np_users")
  static class NpUser {
    @Id String username;
    String fullname;
    @Relationship(passiveUpdates = false)
    final RelatedList<NpAddress> addresses = NaturalPkModel_NpUser_.addresses(this);

    NpUser() {}

    NpUser(String username, String fullname) {
      this.username = username;
      this.fullname = fullname;
    }
  }

  /** An address of an {@link NpUser}, over a logical key. */
  @Entity(table = "np_addresses")
  static class NpAddress {
    @Id String email;
    @ForeignKey(entity = NpUser.class, constraint = false) String username;

    NpAddress() {}

    NpAddress(String email) {
      this.email = email;
    }
  }

  /** A user referenced only by a many-to-one. */
  @Entity(table = "m_users")
  static class MUser {
    @Id String username;
    String fullname;

    MUser() {}

    MUser(String username, String fullname) {
      this.username = username;
      this.fullname = fullname;
    }
  }

  /** An address with a many-to-one to {@link MUser}, cascaded by the database. */
  @Entity(table = "m_addresses")
  static class MAddress {
    @Id String email;
    @ForeignKey(entity = MUser.class, onUpdate = Action.CASCADE) String username;
    @Relationship final RelatedRef<MUser> user = NaturalPkModel_MAddress_.user(this);

    MAddress() {}

    MAddress(String email) {
      this.email = email;
    }
  }

  /** A user referenced only by a many-to-one that propagates a new key. */
  @Entity(table = "nm_users")
  static class NmUser {
    @Id String username;
    String fullname;

    NmUser() {}

    NmUser(String username, String fullname) {
      this.username = username;
      this.fullname = fullname;
    }
  }

  /** An address whose many-to-one to {@link NmUser} has passiveUpdates = false. */
  @Entity(table = "nm_addresses")
  static class NmAddress {
    @Id String email;
    @ForeignKey(entity = NmUser.class, constraint = false) String username;
    @Relationship(passiveUpdates = false)
    final RelatedRef<NmUser> user = NaturalPkModel_NmAddress_.user(this);

    NmAddress() {}

    NmAddress(String email) {
      this.email = email;
    }
  }

  /** A user with one address (a one-to-one), cascaded by the database. */
  @Entity(table = "o_users")
  static class OUser {
    @Id String username;
    @Relationship final RelatedRef<OAddress> address = NaturalPkModel_OUser_.address(this);

    OUser() {}

    OUser(String username) {
      this.username = username;
    }
  }

  /** The address of an {@link OUser}. */
  @Entity(table = "o_addresses")
  static class OAddress {
    @Id String email;
    @ForeignKey(entity = OUser.class, onUpdate = Action.CASCADE) String username;

    OAddress() {}

    OAddress(String email) {
      this.email = email;
    }
  }

  /** A user with one address whose key Sluice propagates. */
  @Entity(table = "no_users")
  static class NoUser {
    @Id String username;
    @Relationship(passiveUpdates = false)
    final RelatedRef<NoAddress> address = NaturalPkModel_NoUser_.address(this);

    NoUser() {}

    NoUser(String username) {
      this.username = username;
    }
  }

  /** The address of a {@link NoUser}. */
  @Entity(table = "no_addresses")
  static class NoAddress {
    @Id String email;
    @ForeignKey(entity = NoUser.class, constraint = false) String username;

    NoAddress() {}

    NoAddress(String email) {
      this.email = email;
    }
  }

  /** A user whose addresses are the backref of their many-to-one (database cascade). */
  @Entity(table = "b_users")
  static class BUser {
    @Id String username;
    String fullname;
    final RelatedList<BAddress> addresses = NaturalPkModel_BUser_.addresses(this);

    BUser() {}

    BUser(String username, String fullname) {
      this.username = username;
      this.fullname = fullname;
    }
  }

  /** An address with a many-to-one and backref "addresses". */
  @Entity(table = "b_addresses")
  static class BAddress {
    @Id String email;
    @ForeignKey(entity = BUser.class, onUpdate = Action.CASCADE) String username;
    @Relationship(backref = "addresses")
    final RelatedRef<BUser> user = NaturalPkModel_BAddress_.user(this);

    BAddress() {}

    BAddress(String email) {
      this.email = email;
    }
  }

  /** A user whose addresses are the backref of a propagating many-to-one. */
  @Entity(table = "nb_users")
  static class NbUser {
    @Id String username;
    String fullname;
    final RelatedList<NbAddress> addresses = NaturalPkModel_NbUser_.addresses(this);

    NbUser() {}

    NbUser(String username, String fullname) {
      this.username = username;
      this.fullname = fullname;
    }
  }

  /** An address with a propagating many-to-one and backref "addresses". */
  @Entity(table = "nb_addresses")
  static class NbAddress {
    @Id String email;
    @ForeignKey(entity = NbUser.class, constraint = false) String username;
    @Relationship(backref = "addresses", passiveUpdates = false,
        backrefOptions = @Backref(passiveUpdates = false))
    final RelatedRef<NbUser> user = NaturalPkModel_NbAddress_.user(this);

    NbAddress() {}

    NbAddress(String email) {
      this.email = email;
    }
  }

  /** A user with items through users_to_items (database cascade). */
  @Entity(table = "i_users")
  static class IUser {
    @Id String username;
    @Relationship(secondary = UsersToItems.class, backref = "users")
    final RelatedList<Item> items = NaturalPkModel_IUser_.items(this);

    IUser() {}

    IUser(String username) {
      this.username = username;
    }
  }

  /** An item known by its name. */
  @Entity(table = "items")
  static class Item {
    @Id String itemname;
    final RelatedList<IUser> users = NaturalPkModel_Item_.users(this);

    Item() {}

    Item(String itemname) {
      this.itemname = itemname;
    }
  }

  /** Links users and items; both keys follow renames by ON UPDATE CASCADE. */
  @AssociationTable(name = "users_to_items")
  static class UsersToItems {
    @ForeignKey(entity = IUser.class, onUpdate = Action.CASCADE) String username;
    @ForeignKey(entity = Item.class, onUpdate = Action.CASCADE) String itemname;
  }

  /** A node of a tree keyed by name; children point at the parent's name (database cascade). */
  @Entity(table = "nodes")
  static class Node {
    @Id String name;
    @ForeignKey(entity = Node.class, onUpdate = Action.CASCADE) String parent;
    @Relationship(remoteSide = "name")
    final RelatedRef<Node> parentnode = NaturalPkModel_Node_.parentnode(this);

    Node() {}

    Node(String name) {
      this.name = name;
    }
  }

  /** A node whose children collection propagates a new name (backref parentnode). */
  @Entity(table = "o2m_nodes")
  static class O2mNode {
    @Id String name;
    @ForeignKey(entity = O2mNode.class, constraint = false) String parent;
    @Relationship(backref = "parentnode", passiveUpdates = false)
    final RelatedList<O2mNode> children = NaturalPkModel_O2mNode_.children(this);
    final RelatedRef<O2mNode> parentnode = NaturalPkModel_O2mNode_.parentnode(this);

    O2mNode() {}

    O2mNode(String name) {
      this.name = name;
    }
  }

  /** A node whose parentnode (the backref of children) propagates a new name. */
  @Entity(table = "m2o_nodes")
  static class M2oNode {
    @Id String name;
    @ForeignKey(entity = M2oNode.class, constraint = false) String parent;
    @Relationship(backref = "parentnode", backrefOptions = @Backref(passiveUpdates = false))
    final RelatedList<M2oNode> children = NaturalPkModel_M2oNode_.children(this);
    final RelatedRef<M2oNode> parentnode = NaturalPkModel_M2oNode_.parentnode(this);

    M2oNode() {}

    M2oNode(String name) {
      this.name = name;
    }
  }

  /** A node with only a propagating many-to-one to its parent. */
  @Entity(table = "np_nodes")
  static class NpNode {
    @Id String name;
    @ForeignKey(entity = NpNode.class, constraint = false) String parent;
    @Relationship(remoteSide = "name", passiveUpdates = false)
    final RelatedRef<NpNode> parentnode = NaturalPkModel_NpNode_.parentnode(this);

    NpNode() {}

    NpNode(String name) {
      this.name = name;
    }
  }

  /** A user with a generated key and a UNIQUE username that addresses reference. */
  @Entity(table = "u_users")
  static class UUser {
    @Id @GeneratedValue Long id;
    @Column(unique = true) String username;
    String fullname;
    @Relationship final RelatedList<UAddress> addresses = NaturalPkModel_UUser_.addresses(this);

    UUser() {}

    UUser(String username, String fullname) {
      this.username = username;
      this.fullname = fullname;
    }
  }

  /** An address referencing {@link UUser#username}, cascaded by the database. */
  @Entity(table = "u_addresses")
  static class UAddress {
    @Id @GeneratedValue Long id;
    String email;
    @ForeignKey(entity = UUser.class, column = "username", onUpdate = Action.CASCADE)
    String username;

    UAddress() {}

    UAddress(String email) {
      this.email = email;
    }
  }

  /** A user whose UNIQUE username the ORM propagates to its addresses. */
  @Entity(table = "nu_users")
  static class NuUser {
    @Id @GeneratedValue Long id;
    @Column(unique = true) String username;
    String fullname;
    @Relationship(passiveUpdates = false)
    final RelatedList<NuAddress> addresses = NaturalPkModel_NuUser_.addresses(this);

    NuUser() {}

    NuUser(String username, String fullname) {
      this.username = username;
      this.fullname = fullname;
    }
  }

  /** An address referencing {@link NuUser#username} over a logical key. */
  @Entity(table = "nu_addresses")
  static class NuAddress {
    @Id @GeneratedValue Long id;
    String email;
    @ForeignKey(entity = NuUser.class, column = "username", constraint = false)
    String username;

    NuAddress() {}

    NuAddress(String email) {
      this.email = email;
    }
  }
}
