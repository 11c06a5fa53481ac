package dev.sluice.conformance.cascade.assignment;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** The model of test_cascade.py CollectionAssignmentOrphanTest: children owned by a parent. */
final class AssignmentModel {
  private AssignmentModel() {}

  /** A parent that owns its children without a backref (ALL, DELETE_ORPHAN). */
  @Entity(table = "table_a")
  static class A {
    @Id @GeneratedValue Long id;
    String name;
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
    final RelatedList<B> bs = AssignmentModel_A_.bs(this);

    A() {}

    A(String name, B... bs) {
      this.name = name;
      this.bs.addAll(java.util.List.of(bs));
    }
  }

  /** A child with a nullable key and a field that is no column. */
  @Entity(table = "table_b")
  static class B {
    @Id @GeneratedValue Long id;
    String name;
    @ForeignKey(entity = A.class) Long aId;
    /** Not mapped (transient), as the original sets an attribute that is no column. */
    transient String foo;

    B() {}

    B(String name) {
      this.name = name;
    }
  }
}
