package dev.sluice.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import java.util.function.BiConsumer;

/** refresh() and expire() of a parent whose collection holds a pending child. */
class RefreshPendingTest {
  // test_expire.py ExpireTest.test_refresh_cascade_pending_orphan
  @DatabaseTest
  void refreshExpungesAPendingChildOfADeleteOrphanCollection(TestDatabase db) {
    pendingOrphanLeaves(db, Session::refresh);
  }

  // test_expire.py ExpireTest.test_expire_cascade_pending_orphan
  @DatabaseTest
  void expireExpungesAPendingChildOfADeleteOrphanCollection(TestDatabase db) {
    pendingOrphanLeaves(db, Session::expire);
  }

  private static void pendingOrphanLeaves(TestDatabase db, BiConsumer<Session, Object> reset) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.withAutoflush(false).openSession()) {
      Folder folder = new Folder("inbox");
      folder.docs.add(new Doc("kept"));
      session.add(folder);
      session.commit();

      Doc doc = new Doc("new");
      folder.docs.add(doc);
      assertEquals(ObjectState.PENDING, session.state(doc));
      reset.accept(session, folder);
      assertFalse(session.contains(doc));
      assertEquals(ObjectState.TRANSIENT, session.state(doc));
      assertFalse(folder.docs.contains(doc));
      session.commit();
    }
    assertEquals(List.of("kept"), db.column("SELECT \"title\" FROM \"doc\""));
  }

  // test_expire.py ExpireTest.test_refresh_cascade_pending (with a backref: the child keeps
  // its parent and is inserted linked)
  @DatabaseTest
  void refreshLeavesAPendingChildOfAnOrdinaryCollectionInTheSession(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.withAutoflush(false).openSession()) {
      Folder folder = new Folder("inbox");
      session.add(folder);
      session.commit();

      Memo memo = new Memo("call");
      folder.memos.add(memo);
      session.refresh(folder);
      assertTrue(session.contains(memo));
      assertFalse(folder.memos.contains(memo), "the collection was read again");
      session.commit();
    }
    assertEquals(List.of("call"), db.column("SELECT \"text\" FROM \"memo\" WHERE \"folder_id\""
        + " IS NOT NULL"));
  }
}
