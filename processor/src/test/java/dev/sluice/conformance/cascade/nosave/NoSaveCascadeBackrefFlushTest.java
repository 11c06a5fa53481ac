package dev.sluice.conformance.cascade.nosave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BAddress;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BItem;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BKeyword;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BUser;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BnItem;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BnKeyword;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BnmAddress;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BnmUser;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BnoAddress;
import dev.sluice.conformance.cascade.nosave.NoSaveBackrefModel.BnoUser;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.Session;
import java.util.List;

/**
 * test_cascade.py NoSaveCascadeFlushTest with both sides mapped: what enters the session
 * follows the cascade of the side that was changed, and what stays out is not written.
 */
class NoSaveCascadeBackrefFlushTest {
  // test_cascade.py NoSaveCascadeFlushTest.test_o2m_backref_child_pending
  @DatabaseTest
  void collectionCascadesTheChild(TestDatabase db) {
    try (Session sess = NoSaveCascadeFlushTest.open(db)) {
      BUser u1 = new BUser();
      BAddress a1 = new BAddress();
      u1.addresses.add(a1);
      sess.add(u1);
      assertTrue(sess.contains(u1));
      assertTrue(sess.contains(a1));
      sess.commit();
    }
    assertEquals(1L,
        db.number("SELECT COUNT(*) FROM \"b_addresses\" WHERE \"user_id\" IS NOT NULL"));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_o2m_backref_child_transient
  @DatabaseTest
  void collectionWithoutCascadeWarnsOfATransientChild(TestDatabase db) {
    try (Session sess = NoSaveCascadeFlushTest.open(db)) {
      BnoUser u1 = new BnoUser();
      BnoAddress a1 = new BnoAddress();
      u1.addresses.add(a1);
      sess.add(u1);
      assertTrue(sess.contains(u1));
      assertFalse(sess.contains(a1));
      assertTrue(Warnings.of(sess::flush).contains(Warnings.NOT_WRITTEN));
      sess.commit();
    }
    assertEquals(0L, db.number("SELECT COUNT(*) FROM \"bno_addresses\""));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_o2m_backref_child_expunged
  @DatabaseTest
  void collectionWithoutCascadeWarnsOfAnExpungedChild(TestDatabase db) {
    try (Session sess = NoSaveCascadeFlushTest.open(db)) {
      BnoUser u1 = new BnoUser();
      BnoAddress a1 = new BnoAddress();
      sess.add(a1);
      sess.flush();
      sess.add(u1);
      u1.addresses.add(a1);
      sess.expunge(a1);
      assertTrue(sess.contains(u1));
      assertFalse(sess.contains(a1));
      assertTrue(Warnings.of(sess::flush).contains(Warnings.NOT_WRITTEN));
      sess.commit();
    }
    assertEquals(1L,
        db.number("SELECT COUNT(*) FROM \"bno_addresses\" WHERE \"user_id\" IS NULL"));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_m2o_backref_child_pending
  @DatabaseTest
  void referenceCascadesTheParent(TestDatabase db) {
    try (Session sess = NoSaveCascadeFlushTest.open(db)) {
      BUser u1 = new BUser();
      BAddress a1 = new BAddress();
      a1.user.set(u1);
      sess.add(a1);
      assertTrue(sess.contains(u1));
      assertTrue(sess.contains(a1));
      sess.commit();
    }
    assertEquals(1L,
        db.number("SELECT COUNT(*) FROM \"b_addresses\" WHERE \"user_id\" IS NOT NULL"));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_m2o_backref_child_transient
  // differs: a many-to-one to an object outside the session that has no key fails the flush
  // (InvalidRequestException) rather than writing NULL with a warning (Semantics: an object
  // linked through a relation without SAVE_UPDATE).
  @DatabaseTest
  void referenceWithoutCascadeRefusesATransientParent(TestDatabase db) {
    try (Session sess = NoSaveCascadeFlushTest.open(db)) {
      BnmUser u1 = new BnmUser();
      BnmAddress a1 = new BnmAddress();
      a1.user.set(u1);
      sess.add(a1);
      assertFalse(sess.contains(u1));
      assertTrue(sess.contains(a1));
      InvalidRequestException e = assertThrows(InvalidRequestException.class, sess::flush);
      assertTrue(e.getMessage().contains("not in the session and has no key"), e.getMessage());
    }
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_m2o_backref_future_child_expunged
  // differs: the expunged parent has a row, so its key is written; SQLAlchemy warns and
  // writes NULL (Semantics: an object linked through a relation without SAVE_UPDATE).
  @DatabaseTest
  void referenceWithoutCascadeWritesTheKeyOfAnExpungedParent(TestDatabase db) {
    long userId;
    try (Session sess = NoSaveCascadeFlushTest.open(db)) {
      BnmUser u1 = new BnmUser();
      sess.add(u1);
      sess.flush();
      userId = u1.id;
      BnmAddress a1 = new BnmAddress();
      a1.user.set(u1);
      assertFalse(sess.contains(a1), "no cascade along the backref");
      sess.add(a1);
      sess.expunge(u1);
      assertFalse(sess.contains(u1));
      assertTrue(sess.contains(a1));
      sess.commit();
    }
    assertEquals(userId, db.number("SELECT \"user_id\" FROM \"bnm_addresses\""));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_m2m_backref_child_pending
  @DatabaseTest
  void manyToManyCascadesTheTarget(TestDatabase db) {
    try (Session sess = NoSaveCascadeFlushTest.open(db)) {
      BItem i1 = new BItem();
      BKeyword k1 = new BKeyword();
      i1.keywords.add(k1);
      sess.add(i1);
      assertTrue(sess.contains(i1));
      assertTrue(sess.contains(k1));
      sess.commit();
    }
    assertEquals(1L, db.number("SELECT COUNT(*) FROM \"b_item_keywords\""));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_m2m_backref_child_transient
  @DatabaseTest
  void manyToManyWithoutCascadeWarnsOfATransientTarget(TestDatabase db) {
    try (Session sess = NoSaveCascadeFlushTest.open(db)) {
      BnItem i1 = new BnItem();
      BnKeyword k1 = new BnKeyword();
      i1.keywords.add(k1);
      sess.add(i1);
      assertTrue(sess.contains(i1));
      assertFalse(sess.contains(k1));
      assertTrue(Warnings.of(sess::flush).contains(Warnings.NOT_WRITTEN));
      sess.commit();
    }
    assertEquals(0L, db.number("SELECT COUNT(*) FROM \"bn_item_keywords\""));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_m2m_backref_child_expunged
  @DatabaseTest
  void manyToManyWithoutCascadeWarnsOfAnExpungedTarget(TestDatabase db) {
    try (Session sess = NoSaveCascadeFlushTest.open(db)) {
      BnItem i1 = new BnItem();
      BnKeyword k1 = new BnKeyword();
      sess.add(k1);
      sess.flush();
      sess.add(i1);
      i1.keywords.add(k1);
      sess.expunge(k1);
      assertTrue(sess.contains(i1));
      assertFalse(sess.contains(k1));
      assertTrue(Warnings.of(sess::flush).contains(Warnings.NOT_WRITTEN));
      sess.commit();
    }
    assertEquals(0L, db.number("SELECT COUNT(*) FROM \"bn_item_keywords\""));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_o2m_backref_child_transient_nochange
  // differs: commit does not expire, so the collection still holds the child it did not
  // write; SQLAlchemy reloads it empty (Semantics: commit()).
  @DatabaseTest
  void aTransientChildLeftOutStaysInTheCollectionAfterCommit(TestDatabase db) {
    try (Session sess = NoSaveCascadeFlushTest.open(db)) {
      BnoUser u1 = new BnoUser();
      BnoAddress a1 = new BnoAddress();
      u1.addresses.add(a1);
      sess.add(u1);
      assertFalse(sess.contains(a1));
      assertTrue(Warnings.of(sess::commit).contains(Warnings.NOT_WRITTEN));
      assertEquals(List.of(a1), u1.addresses);
    }
    assertEquals(0L, db.number("SELECT COUNT(*) FROM \"bno_addresses\""));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_o2m_backref_child_expunged_nochange
  // differs: commit does not expire, so the collection still holds the child it did not
  // write; SQLAlchemy reloads it empty (Semantics: commit()).
  @DatabaseTest
  void anExpungedChildLeftOutStaysInTheCollectionAfterCommit(TestDatabase db) {
    try (Session sess = NoSaveCascadeFlushTest.open(db)) {
      BnoUser u1 = new BnoUser();
      BnoAddress a1 = new BnoAddress();
      sess.add(a1);
      sess.flush();
      sess.add(u1);
      u1.addresses.add(a1);
      sess.expunge(a1);
      assertTrue(Warnings.of(sess::commit).contains(Warnings.NOT_WRITTEN));
      assertEquals(List.of(a1), u1.addresses);
    }
    assertEquals(1L,
        db.number("SELECT COUNT(*) FROM \"bno_addresses\" WHERE \"user_id\" IS NULL"));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_m2m_backref_child_transient_nochange
  // differs: commit does not expire, so the collection still holds the keyword it did not
  // write; SQLAlchemy reloads it empty (Semantics: commit()).
  @DatabaseTest
  void aTransientTargetLeftOutStaysInTheCollectionAfterCommit(TestDatabase db) {
    try (Session sess = NoSaveCascadeFlushTest.open(db)) {
      BnItem i1 = new BnItem();
      BnKeyword k1 = new BnKeyword();
      i1.keywords.add(k1);
      sess.add(i1);
      assertFalse(sess.contains(k1));
      assertTrue(Warnings.of(sess::commit).contains(Warnings.NOT_WRITTEN));
      assertEquals(List.of(k1), i1.keywords);
    }
    assertEquals(0L, db.number("SELECT COUNT(*) FROM \"bn_item_keywords\""));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_m2m_backref_child_expunged_nochange
  // differs: commit does not expire, so the collection still holds the keyword it did not
  // write; SQLAlchemy reloads it empty (Semantics: commit()).
  @DatabaseTest
  void anExpungedTargetLeftOutStaysInTheCollectionAfterCommit(TestDatabase db) {
    try (Session sess = NoSaveCascadeFlushTest.open(db)) {
      BnItem i1 = new BnItem();
      BnKeyword k1 = new BnKeyword();
      sess.add(k1);
      sess.flush();
      sess.add(i1);
      i1.keywords.add(k1);
      sess.expunge(k1);
      assertTrue(Warnings.of(sess::commit).contains(Warnings.NOT_WRITTEN));
      assertEquals(List.of(k1), i1.keywords);
    }
    assertEquals(0L, db.number("SELECT COUNT(*) FROM \"bn_item_keywords\""));
  }
}
