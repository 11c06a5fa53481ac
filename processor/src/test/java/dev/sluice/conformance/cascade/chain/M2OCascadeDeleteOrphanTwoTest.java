package dev.sluice.conformance.cascade.chain;

import static dev.sluice.conformance.Tables.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import org.junit.jupiter.api.Test;

/** A two-level chain of delete-orphan many-to-ones: deletes and orphans reach the bottom. */
class M2OCascadeDeleteOrphanTwoTest {
  private static T1 chain(String suffix) {
    T1 top = new T1("t1" + suffix);
    T2 middle = new T2("t2" + suffix);
    middle.t3.set(new T3("t3" + suffix));
    top.t2.set(middle);
    return top;
  }

  private static void assertCounts(TestDatabase db, long t1, long t2, long t3) {
    assertEquals(t1, count(db, "t1"), "t1");
    assertEquals(t2, count(db, "t2"), "t2");
    assertEquals(t3, count(db, "t3"), "t3");
  }

  // test_cascade.py M2OCascadeDeleteOrphanTestTwo.test_cascade_delete
  @DatabaseTest
  void deletingTheTopDeletesTheWholeChain(TestDatabase db) {
    SessionFactory factory = db.create(ChainSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      T1 top = chain("a");
      session.add(top);
      session.flush();
      session.delete(top);
      session.commit();
    }
    assertCounts(db, 0, 0, 0);
  }

  // test_cascade.py M2OCascadeDeleteOrphanTestTwo.test_deletes_orphans_onelevel
  @DatabaseTest
  void anOrphanedMiddleIsDeletedWithWhatItOwns(TestDatabase db) {
    SessionFactory factory = db.create(ChainSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      T1 top = chain("b");
      session.add(top);
      session.flush();
      top.t2.set(null);
      session.delete(top);
      session.commit();
    }
    assertCounts(db, 0, 0, 0);
  }

  // test_cascade.py M2OCascadeDeleteOrphanTestTwo.test_deletes_orphans_twolevel
  @DatabaseTest
  void anOrphanedBottomIsDeletedWhenTheTopIsDeleted(TestDatabase db) {
    SessionFactory factory = db.create(ChainSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      T1 top = chain("a");
      session.add(top);
      session.flush();
      top.t2.get().t3.set(null);
      session.delete(top);
      session.commit();
    }
    assertCounts(db, 0, 0, 0);
  }

  // test_cascade.py M2OCascadeDeleteOrphanTestTwo.test_finds_orphans_twolevel
  @DatabaseTest
  void anOrphanedBottomIsDeletedAlone(TestDatabase db) {
    SessionFactory factory = db.create(ChainSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      T1 top = chain("a");
      session.add(top);
      session.flush();
      top.t2.get().t3.set(null);
      session.commit();
    }
    assertCounts(db, 1, 1, 0);
  }

  // test_cascade.py M2OCascadeDeleteOrphanTestTwo.test_single_parent_raise
  @Test
  void aSingleParentTargetCannotTakeASecondParent() {
    T2 shared = new T2("T2a");
    T1 first = new T1("T1a");
    first.t2.set(shared);
    T1 second = new T1("T1b");
    assertThrows(InvalidRequestException.class, () -> second.t2.set(shared));
    assertNull(second.t2.get());
    first.t2.set(null);
    second.t2.set(shared);
    assertSame(shared, second.t2.get());
  }

  // test_cascade.py M2OCascadeDeleteOrphanTestTwo.test_single_parent_backref
  @Test
  void settingTheParentThroughTheBackrefMovesTheChild() {
    T3 bottom = new T3("T3a");
    T2 first = new T2("T2a");
    first.t3.set(bottom);
    T2 other = new T2("T2b");
    assertThrows(InvalidRequestException.class, () -> other.t3.set(bottom));
    T2 third = new T2("T2b");
    bottom.t2.set(third);
    assertSame(bottom, third.t3.get());
    assertNull(first.t3.get());
  }
}
