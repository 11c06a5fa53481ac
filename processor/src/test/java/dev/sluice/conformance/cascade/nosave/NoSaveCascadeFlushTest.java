package dev.sluice.conformance.cascade.nosave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.cascade.nosave.NoSaveModel.Item;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.Keyword;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.M2oAddress;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.M2oUser;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.NcItem;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.NcKeyword;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.NcM2oAddress;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.NcM2oUser;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.NcO2mAddress;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.NcO2mUser;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.O2mAddress;
import dev.sluice.conformance.cascade.nosave.NoSaveModel.O2mUser;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;

/**
 * An object linked to one in the session through a relation without SAVE_UPDATE stays out of
 * the session; the flush goes on and warns that it is not written.
 */
class NoSaveCascadeFlushTest {
  // test_cascade.py NoSaveCascadeFlushTest.test_o2m_only_child_pending
  @DatabaseTest
  void oneToManyCascadesTheChild(TestDatabase db) {
    try (Session sess = open(db)) {
      O2mUser u1 = new O2mUser();
      O2mAddress a1 = new O2mAddress();
      u1.addresses.add(a1);
      sess.add(u1);
      assertTrue(sess.contains(u1));
      assertTrue(sess.contains(a1));
      assertFalse(Warnings.of(sess::flush).contains(Warnings.NOT_WRITTEN));
      sess.commit();
    }
    assertEquals(1L,
        db.number("SELECT COUNT(*) FROM \"o2m_addresses\" WHERE \"user_id\" IS NOT NULL"));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_o2m_only_child_transient
  @DatabaseTest
  void oneToManyWithoutCascadeWarnsOfATransientChild(TestDatabase db) {
    try (Session sess = open(db)) {
      NcO2mUser u1 = new NcO2mUser();
      NcO2mAddress a1 = new NcO2mAddress();
      u1.addresses.add(a1);
      sess.add(u1);
      assertTrue(sess.contains(u1));
      assertFalse(sess.contains(a1));
      assertTrue(Warnings.of(sess::flush).contains(Warnings.NOT_WRITTEN));
      sess.commit();
    }
    assertEquals(0L, db.number("SELECT COUNT(*) FROM \"nc_o2m_addresses\""));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_o2m_only_child_persistent
  @DatabaseTest
  void oneToManyWithoutCascadeWarnsOfADetachedChild(TestDatabase db) {
    try (Session sess = open(db)) {
      NcO2mAddress a1 = new NcO2mAddress();
      sess.add(a1);
      sess.flush();
      sess.expungeAll();
      NcO2mUser u1 = new NcO2mUser();
      u1.addresses.add(a1);
      sess.add(u1);
      assertTrue(sess.contains(u1));
      assertFalse(sess.contains(a1));
      assertTrue(Warnings.of(sess::flush).contains(Warnings.NOT_WRITTEN));
      sess.commit();
    }
    assertEquals(1L,
        db.number("SELECT COUNT(*) FROM \"nc_o2m_addresses\" WHERE \"user_id\" IS NULL"));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_m2o_only_child_pending
  @DatabaseTest
  void manyToOneCascadesTheParent(TestDatabase db) {
    try (Session sess = open(db)) {
      M2oUser u1 = new M2oUser();
      M2oAddress a1 = new M2oAddress();
      a1.user.set(u1);
      sess.add(a1);
      assertTrue(sess.contains(u1));
      assertTrue(sess.contains(a1));
      sess.flush();
      sess.commit();
    }
    assertEquals(1L,
        db.number("SELECT COUNT(*) FROM \"m2o_addresses\" WHERE \"user_id\" IS NOT NULL"));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_m2o_only_child_transient
  // differs: a many-to-one to an object outside the session that has no key fails the flush
  // (InvalidRequestException) rather than writing NULL with a warning (Semantics: a
  // many-to-one to an object outside the session).
  @DatabaseTest
  void manyToOneWithoutCascadeRefusesATransientParent(TestDatabase db) {
    try (Session sess = open(db)) {
      NcM2oUser u1 = new NcM2oUser();
      NcM2oAddress a1 = new NcM2oAddress();
      a1.user.set(u1);
      sess.add(a1);
      assertFalse(sess.contains(u1));
      assertTrue(sess.contains(a1));
      InvalidRequestException e = assertThrows(InvalidRequestException.class, sess::flush);
      assertTrue(e.getMessage().contains("not in the session and has no key"), e.getMessage());
    }
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_m2o_only_child_expunged
  // differs: the expunged parent has a row, so its key is written; SQLAlchemy warns and
  // writes NULL (Semantics: a many-to-one to an object outside the session).
  @DatabaseTest
  void manyToOneWithoutCascadeWritesTheKeyOfAnExpungedParent(TestDatabase db) {
    Long userId;
    try (Session sess = open(db)) {
      NcM2oUser u1 = new NcM2oUser();
      sess.add(u1);
      sess.flush();
      userId = u1.id;
      NcM2oAddress a1 = new NcM2oAddress();
      a1.user.set(u1);
      sess.add(a1);
      sess.expunge(u1);
      assertFalse(sess.contains(u1));
      assertTrue(sess.contains(a1));
      sess.flush();
      sess.commit();
    }
    assertEquals(userId.longValue(), db.number("SELECT \"user_id\" FROM \"nc_m2o_addresses\""));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_m2m_only_child_pending
  @DatabaseTest
  void manyToManyCascadesTheTarget(TestDatabase db) {
    try (Session sess = open(db)) {
      Item i1 = new Item();
      Keyword k1 = new Keyword();
      i1.keywords.add(k1);
      sess.add(i1);
      assertTrue(sess.contains(i1));
      assertTrue(sess.contains(k1));
      sess.flush();
      sess.commit();
    }
    assertEquals(1L, db.number("SELECT COUNT(*) FROM \"item_keywords\""));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_m2m_only_child_transient
  @DatabaseTest
  void manyToManyWithoutCascadeWarnsOfATransientTarget(TestDatabase db) {
    try (Session sess = open(db)) {
      NcItem i1 = new NcItem();
      NcKeyword k1 = new NcKeyword();
      i1.keywords.add(k1);
      sess.add(i1);
      assertTrue(sess.contains(i1));
      assertFalse(sess.contains(k1));
      assertTrue(Warnings.of(sess::flush).contains(Warnings.NOT_WRITTEN));
      sess.commit();
    }
    assertEquals(0L, db.number("SELECT COUNT(*) FROM \"nc_item_keywords\""));
    assertEquals(0L, db.number("SELECT COUNT(*) FROM \"nc_keywords\""));
  }

  // test_cascade.py NoSaveCascadeFlushTest.test_m2m_only_child_persistent
  @DatabaseTest
  void manyToManyWithoutCascadeWarnsOfADetachedTarget(TestDatabase db) {
    try (Session sess = open(db)) {
      NcKeyword k1 = new NcKeyword();
      sess.add(k1);
      sess.flush();
      sess.expungeAll();
      NcItem i1 = new NcItem();
      i1.keywords.add(k1);
      sess.add(i1);
      assertTrue(sess.contains(i1));
      assertFalse(sess.contains(k1));
      assertTrue(Warnings.of(sess::flush).contains(Warnings.NOT_WRITTEN));
      sess.commit();
    }
    assertEquals(0L, db.number("SELECT COUNT(*) FROM \"nc_item_keywords\""));
  }

  static Session open(TestDatabase db) {
    SessionFactory factory = db.create(NoSaveSchema_Metadata.INSTANCE);
    return factory.openSession();
  }
}
