package dev.sluice.conformance.cascade.conflict;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** The models of test_cascade.py O2MConflictTest: a child moved from one parent to another. */
final class O2mConflictModel {
  private O2mConflictModel() {}

  /** The parent of o2o_delete_old. */
  // as in the original, deleting a parent would set its child's NOT NULL key to NULL
  @SuppressWarnings("sluice:nullify-not-null")
  @Entity(table = "parent_o2o")
  static class O2oParent {
    @Id @GeneratedValue Long id;
    @Relationship
    final RelatedRef<O2oChild> child = O2mConflictModel_O2oParent_.child(this);
  }

  /** The child of o2o_delete_old (NOT NULL key). */
  @Entity(table = "child_o2o")
  static class O2oChild {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = O2oParent.class) @Column(nullable = false) Long parentId;
  }

  /** The parent of o2m_delete_old. */
  // as in the original, deleting a parent would set its child's NOT NULL key to NULL
  @SuppressWarnings("sluice:nullify-not-null")
  @Entity(table = "parent_o2m")
  static class O2mParent {
    @Id @GeneratedValue Long id;
    @Relationship
    final RelatedList<O2mChild> child = O2mConflictModel_O2mParent_.child(this);
  }

  /** The child of o2m_delete_old (NOT NULL key). */
  @Entity(table = "child_o2m")
  static class O2mChild {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = O2mParent.class) @Column(nullable = false) Long parentId;
  }

  /** The parent of o2o_backref_delete_old. */
  // as in the original, deleting a parent would set its child's NOT NULL key to NULL
  @SuppressWarnings("sluice:nullify-not-null")
  @Entity(table = "parent_o2o_backref")
  static class O2oBackrefParent {
    @Id @GeneratedValue Long id;
    @Relationship(backref = "parent")
    final RelatedRef<O2oBackrefChild> child = O2mConflictModel_O2oBackrefParent_.child(this);
  }

  /** The child of o2o_backref_delete_old (NOT NULL key). */
  @Entity(table = "child_o2o_backref")
  static class O2oBackrefChild {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = O2oBackrefParent.class) @Column(nullable = false) Long parentId;
    final RelatedRef<O2oBackrefParent> parent = O2mConflictModel_O2oBackrefChild_.parent(this);
  }

  /** The parent of o2o_delcascade_delete_old. */
  @Entity(table = "parent_o2o_del_cascade")
  static class O2oDelCascadeParent {
    @Id @GeneratedValue Long id;
    @Relationship(cascade = Cascade.ALL)
    final RelatedRef<O2oDelCascadeChild> child = O2mConflictModel_O2oDelCascadeParent_.child(this);
  }

  /** The child of o2o_delcascade_delete_old (NOT NULL key). */
  @Entity(table = "child_o2o_del_cascade")
  static class O2oDelCascadeChild {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = O2oDelCascadeParent.class) @Column(nullable = false) Long parentId;
  }

  /** The parent of o2o_delorphan_delete_old. */
  @Entity(table = "parent_o2o_del_orphan")
  static class O2oDelOrphanParent {
    @Id @GeneratedValue Long id;
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
    final RelatedRef<O2oDelOrphanChild> child = O2mConflictModel_O2oDelOrphanParent_.child(this);
  }

  /** The child of o2o_delorphan_delete_old (NOT NULL key). */
  @Entity(table = "child_o2o_del_orphan")
  static class O2oDelOrphanChild {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = O2oDelOrphanParent.class) @Column(nullable = false) Long parentId;
  }

  /** The parent of o2o_delorphan_backref_delete_old. */
  @Entity(table = "parent_o2o_del_orphan_backref")
  static class O2oDelOrphanBackrefParent {
    @Id @GeneratedValue Long id;
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, backref = "parent")
    final RelatedRef<O2oDelOrphanBackrefChild> child =
        O2mConflictModel_O2oDelOrphanBackrefParent_.child(this);
  }

  /** The child of o2o_delorphan_backref_delete_old (NOT NULL key). */
  @Entity(table = "child_o2o_del_orphan_backref")
  static class O2oDelOrphanBackrefChild {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = O2oDelOrphanBackrefParent.class) @Column(nullable = false) Long parentId;
    final RelatedRef<O2oDelOrphanBackrefParent> parent =
        O2mConflictModel_O2oDelOrphanBackrefChild_.parent(this);
  }

  /** The parent of o2o_backref_delorphan_delete_old. */
  @Entity(table = "parent_o2o_backref_del_orphan")
  static class O2oBackrefDelOrphanParent {
    @Id @GeneratedValue Long id;
    final RelatedRef<O2oBackrefDelOrphanChild> child =
        O2mConflictModel_O2oBackrefDelOrphanParent_.child(this);
  }

  /** The child of o2o_backref_delorphan_delete_old (NOT NULL key). */
  // as in the original, deleting a child deletes its parent, and a parent nullifies its child
  @SuppressWarnings({"sluice:delete-many-to-one", "sluice:nullify-not-null"})
  @Entity(table = "child_o2o_backref_del_orphan")
  static class O2oBackrefDelOrphanChild {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = O2oBackrefDelOrphanParent.class) @Column(nullable = false) Long parentId;
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, singleParent = true,
        backref = "child")
    final RelatedRef<O2oBackrefDelOrphanParent> parent =
        O2mConflictModel_O2oBackrefDelOrphanChild_.parent(this);
  }

  /** The parent of o2m_backref_delorphan_delete_old. */
  @Entity(table = "parent_o2m_backref_del_orphan")
  static class O2mBackrefDelOrphanParent {
    @Id @GeneratedValue Long id;
    final RelatedList<O2mBackrefDelOrphanChild> child =
        O2mConflictModel_O2mBackrefDelOrphanParent_.child(this);
  }

  /** The child of o2m_backref_delorphan_delete_old (NOT NULL key). */
  // as in the original, deleting a child deletes its parent, and a parent nullifies its child
  @SuppressWarnings({"sluice:delete-many-to-one", "sluice:nullify-not-null"})
  @Entity(table = "child_o2m_backref_del_orphan")
  static class O2mBackrefDelOrphanChild {
    @Id @GeneratedValue Long id;
    @ForeignKey(entity = O2mBackrefDelOrphanParent.class) @Column(nullable = false) Long parentId;
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, singleParent = true,
        backref = "child")
    final RelatedRef<O2mBackrefDelOrphanParent> parent =
        O2mConflictModel_O2mBackrefDelOrphanChild_.parent(this);
  }
}
