package dev.sluice.conformance.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.session.SessionModel.Address;
import dev.sluice.conformance.session.SessionModel.CUser;
import dev.sluice.conformance.session.SessionModel.User;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.IntegrityException;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.Locale;

/** test_session.py SessionStateTest: object states, autoflush, attaching and re-attaching. */
class SessionStateTest {
  private static long usersInTransaction(Session session) {
    return session.handle().createQuery("SELECT COUNT(*) FROM \"users\"").mapTo(Long.class)
        .one();
  }

  // test_session.py SessionStateTest.test_autoflush
  @DatabaseTest
  void autoflush(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u = new User("ed");
      session.add(u);
      User u2 = session.query(User.class).where("name = :name").bind("name", "ed").one();
      assertSame(u, u2);
      assertEquals(1, usersInTransaction(session));
      assertEquals(0, db.number("SELECT COUNT(*) FROM \"users\""));
      session.commit();
      assertEquals(1, usersInTransaction(session));
      assertEquals(1, db.number("SELECT COUNT(*) FROM \"users\""));
    }
  }

  // test_session.py SessionStateTest.test_with_no_autoflush
  @DatabaseTest
  void withoutAutoflushAQueryDoesNotSeePendingObjects(TestDatabase db) {
    // Sluice turns autoflush off per factory (withAutoflush(false)) rather than in a block.
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE).withAutoflush(false);
    try (Session session = factory.openSession()) {
      User u = new User("ed");
      session.add(u);
      assertFalse(session.query(User.class).list().contains(u));
      assertTrue(session.newObjects().contains(u));
      session.flush();
      assertTrue(session.query(User.class).list().contains(u));
      assertFalse(session.newObjects().contains(u));
    }
  }

  // test_session.py SessionStateTest.test_autoflush_exception_addition
  @DatabaseTest
  void aFailedAutoflushSaysTheQueryCausedIt(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u1 = new User("first");
      session.add(u1);
      session.commit();
      u1.addresses.add(new Address(null));
      IntegrityException failure = assertThrows(IntegrityException.class,
          () -> session.query(User.class).first());
      assertTrue(failure.getMessage().toLowerCase(Locale.ROOT).contains("autoflush"),
          failure.getMessage());
    }
  }

  // test_session.py SessionStateTest.test_deleted_flag
  @DatabaseTest
  void deletedFlag(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u1 = new User("u1");
      session.add(u1);
      session.commit();

      session.delete(u1);
      session.flush();
      assertFalse(session.contains(u1));
      assertThrows(InvalidRequestException.class, () -> session.add(u1));
      session.rollback();
      assertTrue(session.contains(u1));

      session.delete(u1);
      session.commit();
      assertFalse(session.contains(u1));
      assertThrows(InvalidRequestException.class, () -> session.add(u1));
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"users\""));
  }

  // test_session.py SessionStateTest.test_deleted_adds_to_imap_unconditionally
  @DatabaseTest
  void deletingAFlushedDeleteAgainPutsItBackAndCommitProceeds(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u1 = new User("u1");
      session.add(u1);
      session.commit();
      session.delete(u1);
      session.flush();
      assertFalse(session.contains(u1));
      session.delete(u1);
      assertTrue(session.contains(u1));
      assertTrue(session.deletedObjects().contains(u1));
      // SQLAlchemy sends a DELETE that matches no row and warns; Sluice knows the row is gone
      // (see test_delete_twice). Either way the commit goes on.
      session.commit();
      assertFalse(session.contains(u1));
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"users\""));
  }

  // test_session.py SessionStateTest.test_autoflush_2
  @DatabaseTest
  void commitIsSeenByOtherConnections(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new User("ed"));
      session.commit();
      assertEquals(1, usersInTransaction(session));
      assertEquals(1, db.number("SELECT COUNT(*) FROM \"users\""));
      session.commit();
    }
  }

  // test_session.py SessionStateTest.test_active_flag_autobegin
  @DatabaseTest
  void activeFlagAutobegin(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      assertTrue(session.isActive());
      session.handle(); // begins the transaction, as session.begin()
      assertTrue(session.isActive());
      session.rollback();
      assertTrue(session.isActive());
    }
  }

  // test_session.py SessionStateTest.test_add_delete
  @DatabaseTest
  void addDelete(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session s = factory.openSession(); Session s2 = factory.openSession()) {
      CUser transientUser = new CUser("u1");
      InvalidRequestException notPersisted =
          assertThrows(InvalidRequestException.class, () -> s.delete(transientUser));
      assertTrue(notPersisted.getMessage().contains("not persisted"), notPersisted.getMessage());

      s.add(transientUser);
      s.commit();
      CUser user = s.query(CUser.class).one();
      s.expunge(user);
      assertFalse(s.contains(user));

      user.name = "fred"; // changed while detached: kept and saved
      s.add(user);
      assertTrue(s.contains(user));
      assertTrue(s.dirtyObjects().contains(user));
      s.commit();
      assertEquals(1, s.query(CUser.class).count());
      assertEquals("fred", s.query(CUser.class).one().name);

      s.expungeAll(); // not dirty when nothing changed
      assertFalse(s.contains(user));
      s.add(user);
      assertTrue(s.contains(user));
      assertFalse(s.dirtyObjects().contains(user));

      assertThrows(InvalidRequestException.class, () -> s2.delete(user));
      CUser u2 = s2.get(CUser.class, user.id);
      s2.expunge(u2);
      assertThrows(InvalidRequestException.class, () -> s.delete(u2));

      s.expire(user);
      s.expunge(user);
      assertFalse(s.contains(user));
      s.delete(user);
      assertTrue(s.contains(user));
      s.flush();
      assertFalse(s.contains(user));
      assertEquals(0, s.query(CUser.class).count());
    }
  }

  // test_session.py SessionStateTest.test_already_attached
  @DatabaseTest
  void alreadyAttached(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session s1 = factory.openSession(); Session s2 = factory.openSession()) {
      User u1 = new User("u1");
      s1.add(u1);
      s1.flush();
      assertThrows(InvalidRequestException.class, () -> s2.add(u1));
      assertFalse(s2.contains(u1));
    }
  }

  // test_session.py SessionStateTest.test_duplicate_update
  @DatabaseTest
  void addingACopyOfAnObjectInTheSessionIsRefused(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u1 = new User("u1");
      session.add(u1);
      session.flush();
      assertNotNull(u1.id);
      session.expunge(u1);
      assertFalse(session.contains(u1));

      User u2 = session.get(User.class, u1.id);
      assertNotNull(u2);
      assertNotSame(u1, u2);
      assertTrue(session.contains(u2));
      InvalidRequestException clash =
          assertThrows(InvalidRequestException.class, () -> session.add(u1));
      assertTrue(clash.getMessage().contains("already in this session"), clash.getMessage());

      session.expunge(u2);
      assertFalse(session.contains(u2));
      u1.name = "John";
      u2.name = "Doe";
      session.add(u1);
      assertTrue(session.contains(u1));
      session.flush();
      session.expungeAll();
      User u3 = session.get(User.class, u1.id);
      assertNotSame(u1, u3);
      assertNotSame(u2, u3);
      assertEquals("John", u3.name);
    }
  }

  // test_session.py SessionStateTest.test_deleted_auto_expunged
  @DatabaseTest
  void deletedAutoExpunged(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new User("x"));
      session.commit();
      User u1 = session.query(User.class).first().orElseThrow();
      session.delete(u1);
      assertEquals(ObjectState.PERSISTENT, session.state(u1));
      assertTrue(session.deletedObjects().contains(u1));
      session.flush();
      assertEquals(ObjectState.DELETED, session.state(u1));
      assertFalse(session.contains(u1));
      session.commit();
      assertEquals(ObjectState.DETACHED, session.state(u1));
    }
  }

  // test_session.py SessionStateTest.test_explicit_expunge_pending
  @DatabaseTest
  void explicitExpungePending(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u1 = new User("x");
      session.add(u1);
      session.flush();
      session.expunge(u1);
      assertFalse(session.contains(u1));
      session.rollback();
      assertFalse(session.contains(u1));
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"users\""));
  }

  // test_session.py SessionStateTest.test_explicit_expunge_deleted
  @DatabaseTest
  void explicitExpungeDeleted(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new User("x"));
      session.commit();
      User u1 = session.query(User.class).first().orElseThrow();
      session.delete(u1);
      session.flush();
      assertEquals(ObjectState.DELETED, session.state(u1));
      assertFalse(session.contains(u1));
      session.expunge(u1);
      assertFalse(session.contains(u1));
      session.rollback();
      assertFalse(session.contains(u1));
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"users\""));
  }
}
