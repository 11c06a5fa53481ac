package dev.sluice.conformance.cycles;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** test_cycles.py PostUpdateBatchingTest: three post-update references of one parent. */
final class BatchingModel {
  private BatchingModel() {}

  /** A parent with three kinds of children and a chosen one of each (post-updates). */
  // as in the original, the children's NOT NULL keys leave no way to delete a parent
  @SuppressWarnings("sluice:nullify-not-null")
  @Entity(table = "parent")
  static class Parent {
    @Id @GeneratedValue Long id;
    @Column(nullable = false, length = 50) String name;
    @ForeignKey(entity = Child1.class, name = "c1") Long c1Id;
    @ForeignKey(entity = Child2.class, name = "c2") Long c2Id;
    @ForeignKey(entity = Child3.class, name = "c3") Long c3Id;
    @Relationship(primaryJoin = "Child1.parentId = Parent.id")
    final RelatedList<Child1> c1s = BatchingModel_Parent_.c1s(this);
    @Relationship(primaryJoin = "Child2.parentId = Parent.id")
    final RelatedList<Child2> c2s = BatchingModel_Parent_.c2s(this);
    @Relationship(primaryJoin = "Child3.parentId = Parent.id")
    final RelatedList<Child3> c3s = BatchingModel_Parent_.c3s(this);
    @Relationship(primaryJoin = "Child1.id = Parent.c1Id", postUpdate = true)
    final RelatedRef<Child1> c1 = BatchingModel_Parent_.c1(this);
    @Relationship(primaryJoin = "Child2.id = Parent.c2Id", postUpdate = true)
    final RelatedRef<Child2> c2 = BatchingModel_Parent_.c2(this);
    @Relationship(primaryJoin = "Child3.id = Parent.c3Id", postUpdate = true)
    final RelatedRef<Child3> c3 = BatchingModel_Parent_.c3(this);

    Parent() {}

    Parent(String name) {
      this.name = name;
    }
  }

  /** A first kind of child. */
  @Entity(table = "child1")
  static class Child1 {
    @Id @GeneratedValue Long id;
    @Column(nullable = false, length = 50) String name;
    @ForeignKey(entity = Parent.class) @Column(nullable = false) Long parentId;

    Child1() {}

    Child1(String name) {
      this.name = name;
    }
  }

  /** A second kind of child. */
  @Entity(table = "child2")
  static class Child2 {
    @Id @GeneratedValue Long id;
    @Column(nullable = false, length = 50) String name;
    @ForeignKey(entity = Parent.class) @Column(nullable = false) Long parentId;

    Child2() {}

    Child2(String name) {
      this.name = name;
    }
  }

  /** A third kind of child. */
  @Entity(table = "child3")
  static class Child3 {
    @Id @GeneratedValue Long id;
    @Column(nullable = false, length = 50) String name;
    @ForeignKey(entity = Parent.class) @Column(nullable = false) Long parentId;

    Child3() {}

    Child3(String name) {
      this.name = name;
    }
  }
}
