package dev.sluice.conformance.unitofworkv2;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** The models of test_unitofworkv2.py. */
final class UowModel {
  private UowModel() {}

  /** A user with a one-to-many to addresses and no backref. */
  @Entity(table = "users")
  static class OUser {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship final RelatedList<OAddress> addresses = UowModel_OUser_.addresses(this);

    OUser() {}

    OUser(String name) {
      this.name = name;
    }
  }

  /** An address of an {@link OUser}. */
  @Entity(table = "addresses")
  static class OAddress {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = OUser.class) Long userId;
    String emailAddress;

    OAddress() {}

    OAddress(String emailAddress) {
      this.emailAddress = emailAddress;
    }
  }

  /** A user referenced by a many-to-one only. */
  @Entity(table = "m_users")
  static class MUser {
    @Id @GeneratedValue Long id;
    String name;

    MUser() {}

    MUser(String name) {
      this.name = name;
    }
  }

  /** An address with a many-to-one to {@link MUser} and no backref. */
  @Entity(table = "m_addresses")
  static class MAddress {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = MUser.class) Long userId;
    String emailAddress;
    @Relationship final RelatedRef<MUser> user = UowModel_MAddress_.user(this);

    MAddress() {}

    MAddress(String emailAddress) {
      this.emailAddress = emailAddress;
    }
  }

  /** A tree node: children one-to-many, parent many-to-one. */
  @Entity(table = "nodes")
  static class Node {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = Node.class) Long parentId;
    String data;
    @Relationship(backPopulates = "parent", orderBy = "id")
    final RelatedList<Node> children = UowModel_Node_.children(this);
    @Relationship(backPopulates = "children")
    final RelatedRef<Node> parent = UowModel_Node_.parent(this);

    Node() {}

    Node(String data) {
      this.data = data;
    }
  }

  /** An item with keywords, no backref. */
  @Entity(table = "items")
  static class Item {
    @Id @GeneratedValue Long id;
    String description;
    @Relationship(secondary = ItemKeyword.class)
    final RelatedList<Keyword> keywords = UowModel_Item_.keywords(this);

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

  /** An A whose bs refuse to load lazily (RaiseLoadIgnoredTest). */
  @Entity(table = "a")
  static class RaiseA {
    @Id @GeneratedValue Long id;
    @Relationship(backPopulates = "user", lazy = Lazy.RAISE)
    final RelatedList<RaiseB> bs = UowModel_RaiseA_.bs(this);
  }

  /** A B of a {@link RaiseA}. */
  @Entity(table = "b")
  static class RaiseB {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = RaiseA.class) Long aId;
    @Relationship(backPopulates = "bs", lazy = Lazy.RAISE)
    final RelatedRef<RaiseA> user = UowModel_RaiseB_.user(this);
  }

  /** A parent with one child, deleted when orphaned (stale checks, row switches). */
  @Entity(table = "parent")
  static class Parent {
    @Id Long id;
    Integer data;
    @Relationship(backref = "parent", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
    final RelatedRef<Child> child = UowModel_Parent_.child(this);

    Parent() {}

    Parent(Long id, Integer data) {
      this.id = id;
      this.data = data;
    }
  }

  /** The child of a {@link Parent}; its key is the parent's. */
  @Entity(table = "child")
  static class Child {
    @Id @ForeignKey(entity = Parent.class) Long id;
    Integer data;
    final RelatedRef<Parent> parent = UowModel_Child_.parent(this);
  }

  /** An A whose bs are deleted when orphaned (RowswitchM2OTest). */
  @Entity(table = "ra")
  static class RowA {
    @Id Long id;
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
    final RelatedList<RowB> bs = UowModel_RowA_.bs(this);

    RowA() {}

    RowA(Long id) {
      this.id = id;
    }
  }

  /** A B of a {@link RowA}, with a many-to-one to a {@link RowC}. */
  @Entity(table = "rb")
  static class RowB {
    @Id Long id;
    @ForeignKey(entity = RowA.class) Long aid;
    @ForeignKey(entity = RowC.class) Long cid;
    String data;
    @Relationship final RelatedRef<RowC> c = UowModel_RowB_.c(this);

    RowB() {}

    RowB(Long id) {
      this.id = id;
    }
  }

  /** The C of a {@link RowB}. */
  @Entity(table = "rc")
  static class RowC {
    @Id Long id;

    RowC() {}

    RowC(Long id) {
      this.id = id;
    }
  }
}
