package dev.sluice.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import java.util.Set;

/** Object states and {@code isActive()} as SQLAlchemy 1.4 reports them. */
class ObjectStateTest {
  // test_session.py SessionStateTest.test_deleted_auto_expunged
  @DatabaseTest
  void aDeletedObjectIsPersistentUntilTheFlushDeletedUntilTheCommitThenDetached(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Folder folder = new Folder("inbox");
      assertEquals(ObjectState.TRANSIENT, session.state(folder));
      session.add(folder);
      assertEquals(ObjectState.PENDING, session.state(folder));
      session.commit();
      assertEquals(ObjectState.PERSISTENT, session.state(folder));

      session.delete(folder);
      assertEquals(ObjectState.PERSISTENT, session.state(folder), "marked, not flushed");
      assertEquals(Set.of(folder), session.deletedObjects());
      assertTrue(session.contains(folder));

      session.flush();
      assertEquals(ObjectState.DELETED, session.state(folder));
      assertEquals(Set.of(), session.deletedObjects());
      assertFalse(session.contains(folder));

      session.commit();
      assertEquals(ObjectState.DETACHED, session.state(folder));
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"folder\""));
  }

  // test_session.py SessionStateTest.test_deleted_flag
  @DatabaseTest
  void aFlushedDeleteCannotBeAddedBackAndRollbackMakesItPersistentAgain(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Folder folder = new Folder("inbox");
      session.add(folder);
      session.commit();

      session.delete(folder);
      session.flush();
      assertFalse(session.contains(folder));
      assertThrows(InvalidRequestException.class, () -> session.add(folder));
      session.rollback();
      assertTrue(session.contains(folder));
      assertEquals(ObjectState.PERSISTENT, session.state(folder));

      session.delete(folder);
      session.commit();
      assertFalse(session.contains(folder));
      assertThrows(InvalidRequestException.class, () -> session.add(folder));
      assertEquals(0, db.number("SELECT COUNT(*) FROM \"folder\""));

      Folder copy = session.merge(folder); // Sluice has no make_transient: merge inserts a copy
      session.commit();
      assertEquals(ObjectState.PERSISTENT, session.state(copy));
    }
    assertEquals(List.of("inbox"), db.column("SELECT \"name\" FROM \"folder\""));
  }

  // test_session.py SessionStateTest.test_explicit_expunge_deleted
  @DatabaseTest
  void anExpungedFlushedDeleteIsDetachedAndStaysSoAfterRollback(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Folder folder = new Folder("inbox");
      session.add(folder);
      session.commit();
      session.delete(folder);
      session.flush();

      session.expunge(folder);
      assertEquals(ObjectState.DETACHED, session.state(folder));
      session.rollback();
      assertFalse(session.contains(folder));
      assertEquals(ObjectState.DETACHED, session.state(folder));
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"folder\""), "the delete was rolled back");
  }

  // test_session.py SessionStateTest.test_active_flag_autobegin
  @DatabaseTest
  void aSessionIsActiveWhenFreshAfterRollbackAndAfterCommitUntilClosed(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    Session session = factory.openSession();
    assertTrue(session.isActive(), "fresh");
    session.add(new Folder("inbox"));
    session.flush();
    assertTrue(session.isActive(), "in a transaction");
    session.rollback();
    assertTrue(session.isActive(), "after rollback");
    session.add(new Folder("outbox"));
    session.commit();
    assertTrue(session.isActive(), "after commit");
    session.close();
    assertFalse(session.isActive(), "closed: Sluice does not reopen a closed session");
  }

  // test_expire.py ExpireTest.test_get_on_deleted_expunges
  @DatabaseTest
  void getOfAnExpiredObjectWhoseRowWasDeletedBehindTheSessionReturnsNull(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Folder folder = new Folder("inbox");
      session.add(folder);
      session.commit();
      long id = folder.id;
      assertSame(folder, session.get(Folder.class, id));

      session.expire(folder);
      session.handle().execute("DELETE FROM \"folder\" WHERE \"id\" = ?", id);
      assertNull(session.get(Folder.class, id));
      assertEquals(ObjectState.DELETED, session.state(folder));
      assertFalse(session.contains(folder));
      session.commit();
      assertEquals(ObjectState.DETACHED, session.state(folder));
      assertNull(session.get(Folder.class, id));
    }
  }

  // test_expire.py ExpireTest.test_rollback_undoes_expunge_from_deleted
  @DatabaseTest
  void rollbackBringsBackAnObjectThatGetFoundDeleted(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Folder folder = new Folder("inbox");
      session.add(folder);
      session.commit();

      session.expire(folder);
      session.handle().execute("DELETE FROM \"folder\" WHERE \"id\" = ?", folder.id);
      assertNull(session.get(Folder.class, folder.id));
      assertFalse(session.contains(folder));
      session.rollback();
      assertTrue(session.contains(folder));
      assertSame(folder, session.get(Folder.class, folder.id));
      assertEquals("inbox", folder.name);
    }
  }
}
