package dev.sluice.conformance.cycles;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** The self-referential models of test_cycles.py: trees ordered within their table. */
final class CyclesModel {
  private CyclesModel() {}

  /** A node with children (cascade all) and its parent, as back-populating sides. */
  @Entity(table = "t1_single")
  static class Single {
    @Id @GeneratedValue Long c1;
    @ForeignKey(entity = Single.class) Long parentC1;
    String data;
    @Relationship(backPopulates = "parent", cascade = Cascade.ALL)
    final RelatedList<Single> c1s = CyclesModel_Single_.c1s(this);
    @Relationship(backPopulates = "c1s", remoteSide = "c1")
    final RelatedRef<Single> parent = CyclesModel_Single_.parent(this);

    Single() {}

    Single(String data) {
      this.data = data;
    }
  }

  /** A node with only a many-to-one to its parent. */
  @Entity(table = "t1_m2o")
  static class ParentOnly {
    @Id @GeneratedValue Long c1;
    @ForeignKey(entity = ParentOnly.class) Long parentC1;
    String data;
    @Relationship(remoteSide = "c1")
    final RelatedRef<ParentOnly> parent = CyclesModel_ParentOnly_.parent(this);
  }

  /** A node with child nodes (cascade all) and other children (cascade all, delete-orphan). */
  @Entity(table = "t1_cycle")
  static class C1 {
    @Id @GeneratedValue Long c1;
    @ForeignKey(entity = C1.class) Long parentC1;
    String data;
    @Relationship(cascade = Cascade.ALL) final RelatedList<C1> c1s = CyclesModel_C1_.c1s(this);
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
    final RelatedList<C2> c2s = CyclesModel_C1_.c2s(this);

    C1() {}

    C1(String data) {
      this.data = data;
    }
  }

  /** Another child of a {@link C1}. */
  @Entity(table = "t2")
  static class C2 {
    @Id @GeneratedValue Long c1;
    @ForeignKey(entity = C1.class) Long c1id;
    String data;

    C2() {}

    C2(String data) {
      this.data = data;
    }
  }

  /** A node whose children have the default cascade, so deleting it nullifies them. */
  @Entity(table = "t1_setnull")
  static class SetNullNode {
    @Id @GeneratedValue Long c1;
    @ForeignKey(entity = SetNullNode.class) Long parentC1;
    String data;
    @Relationship final RelatedList<SetNullNode> children = CyclesModel_SetNullNode_.children(this);
  }

  /** A tree joined on a UNIQUE column rather than the primary key. */
  @Entity(table = "item")
  static class Tt {
    @Id @GeneratedValue Long id;
    @Column(unique = true, nullable = false, length = 32) String uuid;
    @ForeignKey(entity = Tt.class, column = "uuid") @Column(length = 32) String parentUuid;
    @Relationship(backref = "parent")
    final RelatedList<Tt> children = CyclesModel_Tt_.children(this);
    final RelatedRef<Tt> parent = CyclesModel_Tt_.parent(this);

    Tt() {}

    Tt(String uuid) {
      this.uuid = uuid;
    }
  }

  /** A node whose siblings link both ways: the next link by a post-update. */
  @Entity(table = "node")
  static class Node {
    @Id @GeneratedValue Long id;
    @Column(nullable = false, length = 50) String path;
    @ForeignKey(entity = Node.class) Long parentId;
    @ForeignKey(entity = Node.class) Long prevSiblingId;
    @ForeignKey(entity = Node.class) Long nextSiblingId;
    @Relationship(cascade = Cascade.ALL, backref = "parent", foreignKeys = "parentId")
    final RelatedList<Node> children = CyclesModel_Node_.children(this);
    final RelatedRef<Node> parent = CyclesModel_Node_.parent(this);
    @Relationship(foreignKeys = "prevSiblingId", remoteSide = "id")
    final RelatedRef<Node> prevSibling = CyclesModel_Node_.prevSibling(this);
    @Relationship(foreignKeys = "nextSiblingId", remoteSide = "id", postUpdate = true)
    final RelatedRef<Node> nextSibling = CyclesModel_Node_.nextSibling(this);

    Node() {}

    Node(String path) {
      this.path = path;
    }
  }

  /** A row whose reference to another row of its table is a post-update. */
  @Entity(table = "a_table")
  static class A {
    @Id @GeneratedValue Long id;
    @Column(length = 128) String fui;
    @ForeignKey(entity = A.class) Long b;
    @Relationship(remoteSide = "id", postUpdate = true)
    final RelatedRef<A> foo = CyclesModel_A_.foo(this);

    A() {}

    A(String fui) {
      this.fui = fui;
    }
  }
}
