package dev.sluice.conformance.cascade.m2m;

import static dev.sluice.conformance.Rejections.assertRejected;
import static dev.sluice.conformance.Rejections.source;
import static dev.sluice.conformance.Tables.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Delete and delete-orphan cascades along a many-to-many. */
class M2MCascadeTest {
  private static void assertCounts(TestDatabase db, String owner, String link, long owners,
      long links, long bs) {
    assertEquals(links, count(db, link), link);
    assertEquals(bs, count(db, "b"), "b");
    assertEquals(owners, count(db, owner), owner);
  }

  // test_cascade.py M2MCascadeTest.test_delete_orphan
  @DatabaseTest
  void aTargetRemovedFromTheCollectionIsDeletedWithItsLink(TestDatabase db) {
    SessionFactory factory = db.create(M2MSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      B b1 = new B("b1");
      A a1 = new A("a1");
      a1.bs.add(b1);
      session.add(a1);
      session.flush();
      a1.bs.remove(b1);
      session.commit();
    }
    assertCounts(db, "a", "atob", 1, 0, 0);
  }

  // test_cascade.py M2MCascadeTest.test_delete_orphan_dynamic
  @DatabaseTest
  void aTargetRemovedFromADynamicCollectionIsDeleted(TestDatabase db) {
    SessionFactory factory = db.create(M2MSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      B b1 = new B("b1");
      DynamicA a1 = new DynamicA("a1");
      a1.bs.add(b1);
      session.add(a1);
      session.flush();
      a1.bs.remove(b1);
      session.commit();
    }
    assertCounts(db, "dynamic_a", "dynamic_atob", 1, 0, 0);
  }

  // test_cascade.py M2MCascadeTest.test_delete_orphan_cascades
  @DatabaseTest
  void anOrphanedTargetTakesItsOwnChildrenWithIt(TestDatabase db) {
    SessionFactory factory = db.create(M2MSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      B b1 = new B("b1");
      b1.cs.add(new C("c1"));
      A a1 = new A("a1");
      a1.bs.add(b1);
      session.add(a1);
      session.flush();
      a1.bs.remove(b1);
      session.commit();
    }
    assertCounts(db, "a", "atob", 1, 0, 0);
    assertEquals(0, count(db, "c"));
  }

  // test_cascade.py M2MCascadeTest.test_cascade_delete
  @DatabaseTest
  void deletingTheOwnerDeletesItsTargetsAndLinks(TestDatabase db) {
    SessionFactory factory = db.create(M2MSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      A a1 = new A("a1");
      a1.bs.add(new B("b1"));
      session.add(a1);
      session.flush();
      session.delete(a1);
      session.commit();
    }
    assertCounts(db, "a", "atob", 0, 0, 0);
  }

  // test_cascade.py M2MCascadeTest.test_single_parent_error
  // differs: rejected by javac (E326), not when the mappers are configured; semantics row
  // "DELETE_ORPHAN on a many-to-many or many-to-one without singleParent"
  @Test
  void deleteOrphanOnAManyToManyNeedsSingleParent() {
    assertRejected("SLUICE-E326",
        source("A", "@Entity class A {", "  @Id Long id;",
            "  @Relationship(secondary = AToB.class, cascade = {Cascade.ALL,"
                + " Cascade.DELETE_ORPHAN})",
            "  final RelatedList<B> bs = A_.bs(this);", "}"),
        source("B", "@Entity class B {", "  @Id Long id;", "}"),
        source("AToB", "@AssociationTable class AToB {",
            "  @ForeignKey(entity = A.class) Long aid;",
            "  @ForeignKey(entity = B.class) Long bid;", "}"),
        source("S", "@Schema(entities = {A.class, B.class}) interface S {}"));
  }

  // test_cascade.py M2MCascadeTest.test_single_parent_raise
  @Test
  void aSingleParentTargetCannotJoinASecondOwner() {
    B b1 = new B("b1");
    A a1 = new A("a1"); // kept: an owner nothing refers to any more holds nothing
    a1.bs.add(b1);
    A a2 = new A("a2");
    assertThrows(InvalidRequestException.class, () -> a2.bs.add(b1));
    assertEquals(List.of(), a2.bs);
    a1.bs.remove(b1);
    a2.bs.add(b1);
    assertEquals(List.of(b1), a2.bs);
  }
}
