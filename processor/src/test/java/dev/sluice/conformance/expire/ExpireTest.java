package dev.sluice.conformance.expire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.expire.ExpireModel.Address;
import dev.sluice.conformance.expire.ExpireModel.JAddress;
import dev.sluice.conformance.expire.ExpireModel.JUser;
import dev.sluice.conformance.expire.ExpireModel.Order;
import dev.sluice.conformance.expire.ExpireModel.PAddress;
import dev.sluice.conformance.expire.ExpireModel.PUser;
import dev.sluice.conformance.expire.ExpireModel.QAddress;
import dev.sluice.conformance.expire.ExpireModel.QUser;
import dev.sluice.conformance.expire.ExpireModel.RAddress;
import dev.sluice.conformance.expire.ExpireModel.RUser;
import dev.sluice.conformance.expire.ExpireModel.User;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ObjectDeletedException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * test_expire.py ExpireTest: Sluice's fields are plain, so expiry cannot be lazy per attribute:
 * {@code expire(obj)} reloads the object when the session next hands it out (get, query,
 * relation load) and unloads its relations at once; SQLAlchemy's attribute access that
 * triggers a reload is replayed by {@code get}.
 */
class ExpireTest {
  private static List<String> emails(List<Address> addresses) {
    return addresses.stream().map(a -> a.emailAddress).toList();
  }

  // test_expire.py ExpireTest.test_expire
  // differs: the reload happens when the session hands the object out (get, query), not on
  // reading a field
  @DatabaseTest
  void expire(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db).withAutoflush(false);
    try (Session sess = factory.openSession()) {
      User u = sess.get(User.class, 7L);
      assertEquals(1, u.addresses.size());
      u.name = "foo";
      u.addresses.remove(0);
      sess.expire(u);
      db.clearStatements();
      assertEquals("jack", sess.get(User.class, 7L).name);
      assertEquals(1, db.statements().size());
      assertEquals(1, u.addresses.size());

      u.name = "foo";
      sess.flush();
      sess.handle().execute("UPDATE \"users\" SET \"name\" = 'jack' WHERE \"id\" = 7");
      sess.expire(u);
      assertEquals("foo", u.name); // not reloaded yet
      sess.query(User.class).list();
      assertEquals("jack", u.name);
      db.clearStatements();
      assertSame(u, sess.get(User.class, 7L));
      assertEquals(List.of(), db.statements());
    }
  }


  // test_expire.py ExpireTest.test_persistence_check
  @DatabaseTest
  void expireOfADetachedObjectIsRefused(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db);
    try (Session s = factory.openSession()) {
      User u = s.get(User.class, 7L);
      s.expungeAll();
      assertThrows(InvalidRequestException.class, () -> s.expire(u));
    }
  }

  // test_expire.py ExpireTest.test_get_refreshes
  @DatabaseTest
  void getRefreshes(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db);
    try (Session s = factory.openSession()) {
      User u = s.get(User.class, 10L);
      s.expire(u);
      db.clearStatements();
      s.get(User.class, 10L);
      assertEquals(1, db.statements().size());
      db.clearStatements();
      assertEquals("chuck", u.name);
      s.get(User.class, 10L);
      assertEquals(List.of(), db.statements());
    }
  }

  // test_expire.py ExpireTest.test_get_on_deleted_expunges
  @DatabaseTest
  void getOnDeletedExpunges(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db);
    try (Session s = factory.openSession()) {
      User u = s.get(User.class, 10L);
      s.expire(u);
      s.handle().execute("DELETE FROM \"users\" WHERE \"id\" = 10");
      assertTrue(s.contains(u));
      assertNull(s.get(User.class, 10L));
      assertFalse(s.contains(u));
    }
  }

  // test_expire.py ExpireTest.test_refresh_on_deleted_raises
  @DatabaseTest
  void refreshOnDeletedRaises(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db);
    try (Session s = factory.openSession()) {
      User u = s.get(User.class, 10L);
      s.expire(u);
      s.handle().execute("DELETE FROM \"users\" WHERE \"id\" = 10");
      assertThrows(ObjectDeletedException.class, () -> s.refresh(u));
    }
  }

  // test_expire.py ExpireTest.test_rollback_undoes_expunge_from_deleted
  @DatabaseTest
  void rollbackUndoesExpungeFromDeleted(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db);
    try (Session s = factory.openSession()) {
      User u = s.get(User.class, 10L);
      s.expire(u);
      s.handle().execute("DELETE FROM \"users\" WHERE \"id\" = 10");
      assertNull(s.get(User.class, 10L));
      assertFalse(s.contains(u));
      s.rollback();
      assertTrue(s.contains(u));
      assertEquals("chuck", u.name);
    }
  }

  // test_expire.py ExpireTest.test_lazyload_autoflushes
  @DatabaseTest
  void lazyloadAutoflushes(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db);
    try (Session s = factory.openSession()) {
      User u = s.get(User.class, 8L);
      assertEquals(List.of("ed@bettyboop.com", "ed@lala.com", "ed@wood.com"),
          emails(u.addresses));
      u.addresses.get(2).emailAddress = "aaaaa";
      s.expire(u);
      assertEquals(List.of("aaaaa", "ed@bettyboop.com", "ed@lala.com"),
          emails(s.get(User.class, 8L).addresses));
    }
  }

  // test_expire.py ExpireTest.test_refresh_cancels_expire
  @DatabaseTest
  void refreshCancelsExpire(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db);
    try (Session s = factory.openSession()) {
      User u = s.get(User.class, 7L);
      s.expire(u);
      s.refresh(u);
      db.clearStatements();
      assertEquals("jack", s.get(User.class, 7L).name);
      assertEquals(List.of(), db.statements());
    }
  }

  // test_expire.py ExpireTest.test_expire_doesntload_on_set
  @DatabaseTest
  void expireDoesNotLoadOnSet(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db).withAutoflush(false);
    try (Session sess = factory.openSession()) {
      User u = sess.get(User.class, 7L);
      sess.expire(u);
      db.clearStatements();
      u.name = "somenewname";
      assertEquals(List.of(), db.statements());
      sess.flush();
      sess.expungeAll();
      assertEquals("somenewname", sess.get(User.class, 7L).name);
    }
  }

  // test_expire.py ExpireTest.test_no_session
  // differs: fields are plain Java fields, so an expired object that was detached keeps its
  // last values where SQLAlchemy raises DetachedInstanceError on reading the attribute
  @DatabaseTest
  void expiredDetachedObjectKeepsItsValues(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db);
    try (Session sess = factory.openSession()) {
      User u = sess.get(User.class, 7L);
      sess.expire(u);
      sess.expunge(u);
      assertEquals("jack", u.name);
    }
  }

  // test_expire.py ExpireTest.test_pending_raises
  @DatabaseTest
  void expiringAPendingObjectIsRefused(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db);
    try (Session sess = factory.openSession()) {
      User u = new User(15L, null);
      sess.add(u);
      assertThrows(InvalidRequestException.class, () -> sess.expire(u));
    }
  }

  // test_expire.py ExpireTest.test_expire_preserves_changes
  @DatabaseTest
  void expirePreservesChangesMadeAfterIt(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db).withAutoflush(false);
    try (Session sess = factory.openSession()) {
      Order o = sess.get(Order.class, 3L);
      sess.expire(o);
      o.description = "order 3 modified";
      db.clearStatements();
      assertEquals(1, sess.get(Order.class, 3L).isopen);
      assertEquals(1, db.statements().size());
      assertEquals("order 3 modified", o.description);
    }
  }

  // test_expire.py ExpireTest.test_expire_committed
  @DatabaseTest
  void expireCommitted(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db).withAutoflush(false);
    try (Session sess = factory.openSession()) {
      Order o = sess.get(Order.class, 3L);
      sess.expire(o);
      sess.handle().execute("UPDATE \"orders\" SET \"description\" = 'order 3 modified'");
      assertEquals(1, sess.get(Order.class, 3L).isopen);
      assertEquals("order 3 modified", o.description);
      db.clearStatements();
      sess.flush();
      assertEquals(List.of(), db.statements());
    }
  }

  // test_expire.py ExpireTest.test_expire_cascade
  @DatabaseTest
  void expireCascade(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db, "r_users", "r_addresses")
        .withAutoflush(false);
    try (Session s = factory.openSession()) {
      RUser u = s.get(RUser.class, 8L);
      assertEquals("ed@wood.com", u.addresses.get(0).emailAddress);
      u.addresses.get(0).emailAddress = "someotheraddress";
      s.expire(u);
      assertEquals("ed@wood.com", s.get(RUser.class, 8L).addresses.get(0).emailAddress);
    }
  }

  // test_expire.py ExpireTest.test_refresh_cascade
  @DatabaseTest
  void refreshCascade(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db, "r_users", "r_addresses")
        .withAutoflush(false);
    try (Session s = factory.openSession()) {
      RUser u = s.get(RUser.class, 8L);
      assertEquals("ed@wood.com", u.addresses.get(0).emailAddress);
      u.addresses.get(0).emailAddress = "someotheraddress";
      s.refresh(u);
      assertEquals("ed@wood.com", u.addresses.get(0).emailAddress);
    }
  }

  // test_expire.py ExpireTest.test_expire_cascade_pending_orphan
  @DatabaseTest
  void expireCascadePendingOrphan(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db, "p_users", "p_addresses")
        .withAutoflush(false);
    try (Session s = factory.openSession()) {
      PUser u = s.get(PUser.class, 8L);
      PAddress a = new PAddress(12L, "foobar");
      u.addresses.add(a);
      s.expire(u);
      assertFalse(s.contains(a));
      assertFalse(s.get(PUser.class, 8L).addresses.contains(a));
      s.flush();
    }
  }

  // test_expire.py ExpireTest.test_refresh_cascade_pending_orphan
  @DatabaseTest
  void refreshCascadePendingOrphan(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db, "p_users", "p_addresses")
        .withAutoflush(false);
    try (Session s = factory.openSession()) {
      PUser u = s.get(PUser.class, 8L);
      PAddress a = new PAddress(12L, "foobar");
      u.addresses.add(a);
      s.refresh(u);
      assertFalse(s.contains(a));
      assertFalse(u.addresses.contains(a));
      s.flush();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"p_addresses\" WHERE \"id\" = 12"));
  }

  // test_expire.py ExpireTest.test_expire_cascade_pending
  @DatabaseTest
  void expireCascadePending(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db, "q_users", "q_addresses")
        .withAutoflush(false);
    try (Session s = factory.openSession()) {
      QUser u = s.get(QUser.class, 8L);
      QAddress a = new QAddress(12L, "foobar");
      u.addresses.add(a);
      s.expire(u);
      assertTrue(s.contains(a));
      assertFalse(s.get(QUser.class, 8L).addresses.contains(a));
      s.flush();
    }
  }

  // test_expire.py ExpireTest.test_refresh_cascade_pending
  @DatabaseTest
  void refreshCascadePending(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db, "q_users", "q_addresses")
        .withAutoflush(false);
    try (Session s = factory.openSession()) {
      QUser u = s.get(QUser.class, 8L);
      QAddress a = new QAddress(12L, "foobar");
      u.addresses.add(a);
      s.refresh(u);
      assertTrue(s.contains(a));
      assertFalse(u.addresses.contains(a));
      s.flush();
    }
  }

  // test_expire.py ExpireTest.test_expired_lazy
  @DatabaseTest
  void expiredLazy(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db);
    try (Session sess = factory.openSession()) {
      User u = sess.get(User.class, 7L);
      sess.expire(u);
      db.clearStatements();
      User again = sess.get(User.class, 7L);
      assertEquals("jack@bean.com", again.addresses.get(0).emailAddress);
      assertEquals("jack", again.name);
      assertEquals(2, db.statements().size(), db.statements().toString());
    }
  }

  // test_expire.py ExpireTest.test_expired_eager
  @DatabaseTest
  void expiredEager(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db, "j_users", "j_addresses");
    try (Session sess = factory.openSession()) {
      JUser u = sess.get(JUser.class, 7L);
      sess.expire(u);
      db.clearStatements();
      JUser again = sess.get(JUser.class, 7L);
      assertEquals("jack@bean.com", again.addresses.get(0).emailAddress);
      assertEquals("jack", again.name);
      assertEquals(1, db.statements().size(), db.statements().toString());

      sess.expire(u);
      db.clearStatements();
      sess.query(JUser.class).where("id = 7").one();
      assertEquals("jack@bean.com", u.addresses.get(0).emailAddress);
      assertEquals("jack", u.name);
      assertEquals(1, db.statements().size(), db.statements().toString());
    }
  }

  // test_expire.py ExpireTest.test_unexpire_eager_dont_overwrite_related
  @DatabaseTest
  void unexpireEagerDoesNotOverwriteRelated(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db, "j_users", "j_addresses")
        .withAutoflush(false);
    try (Session sess = factory.openSession()) {
      JUser u = sess.get(JUser.class, 7L);
      JAddress a1 = u.addresses.get(0);
      assertEquals("jack@bean.com", a1.emailAddress);
      sess.expire(u);
      a1.emailAddress = "foo";
      assertTrue(sess.get(JUser.class, 7L).addresses.contains(a1));
      assertEquals("foo", a1.emailAddress);
      assertTrue(sess.dirtyObjects().contains(a1));
    }
  }

  // test_expire.py ExpireTest.test_relationship_changes_preserved
  @DatabaseTest
  void relationshipChangesPreserved(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db, "j_users", "j_addresses")
        .withAutoflush(false);
    try (Session sess = factory.openSession()) {
      JUser u = sess.get(JUser.class, 8L);
      sess.expire(u);
      u.addresses.size();
      u.addresses.remove(1);
      assertEquals("ed", sess.get(JUser.class, 8L).name);
      assertEquals(2, u.addresses.size());
    }
  }

  // test_expire.py ExpireTest.test_joinedload_query_refreshes
  @DatabaseTest
  void joinedloadQueryRefreshes(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db, "j_users", "j_addresses")
        .withAutoflush(false);
    try (Session sess = factory.openSession()) {
      JUser u = sess.get(JUser.class, 8L);
      assertEquals(3, u.addresses.size());
      sess.expire(u);
      assertFalse(u.addresses.isLoaded());
      sess.query(JUser.class).where("id = 8").list();
      assertTrue(u.addresses.isLoaded());
      assertEquals(3, u.addresses.size());
    }
  }

  // test_expire.py ExpiredPendingTest.test_expired_pending
  @DatabaseTest
  void expiredPending(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db).withAutoflush(false);
    try (Session sess = factory.openSession()) {
      Address a1 = new Address(20L, "a1");
      sess.add(a1);
      sess.flush();
      User u1 = new User(20L, "u1");
      a1.user.set(u1);
      sess.add(u1);
      sess.flush();
      sess.expire(u1);
      Address a2 = new Address(21L, "a2");
      a2.user.set(u1);
      sess.add(a2);
      sess.expire(u1);
      sess.handle().execute("INSERT INTO \"addresses\" (\"id\", \"email_address\", \"user_id\")"
          + " VALUES (22, 'a3', 20)");
      assertEquals(2, sess.get(User.class, 20L).addresses.size());
      sess.flush();
      sess.expire(u1);
      assertEquals(3, sess.get(User.class, 20L).addresses.size());
    }
  }
}
