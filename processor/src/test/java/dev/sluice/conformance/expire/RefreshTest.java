package dev.sluice.conformance.expire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.expire.ExpireModel.Address;
import dev.sluice.conformance.expire.ExpireModel.JUser;
import dev.sluice.conformance.expire.ExpireModel.User;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;

/** test_expire.py RefreshTest: {@code refresh(obj)} reloads an object now. */
class RefreshTest {
  // test_expire.py RefreshTest.test_refresh
  @DatabaseTest
  void refresh(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db).withAutoflush(false);
    try (Session s = factory.openSession()) {
      User u = s.get(User.class, 7L);
      u.name = "foo";
      Address a = new Address();
      u.addresses.add(a);
      assertNull(a.emailAddress);
      assertTrue(u.addresses.contains(a));
      s.refresh(u);
      assertFalse(s.dirtyObjects().contains(u));
      assertEquals("jack", u.name);
      assertFalse(u.addresses.contains(a));

      u.name = "foo";
      u.addresses.add(a);
      assertTrue(s.dirtyObjects().contains(u));
      assertEquals("foo", u.name);
      assertTrue(u.addresses.contains(a));
      s.expire(u);
      assertEquals("jack", s.get(User.class, 7L).name);
      assertFalse(u.addresses.contains(a));
    }
  }

  // test_expire.py RefreshTest.test_persistence_check
  @DatabaseTest
  void refreshOfADetachedObjectIsRefused(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db);
    try (Session s = factory.openSession()) {
      User u = s.get(User.class, 7L);
      s.expungeAll();
      assertThrows(InvalidRequestException.class, () -> s.refresh(u));
    }
  }


  // test_expire.py RefreshTest.test_refresh_expired
  @DatabaseTest
  void refreshExpired(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db);
    try (Session s = factory.openSession()) {
      User u = s.get(User.class, 7L);
      s.expire(u);
      s.refresh(u);
      assertEquals("jack", u.name);
    }
  }

  // test_expire.py RefreshTest.test_refresh_with_lazy
  @DatabaseTest
  void refreshWithLazyRunsOneStatement(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db);
    try (Session s = factory.openSession()) {
      User u = s.query(User.class).where("id = 8").first().orElseThrow();
      db.clearStatements();
      s.refresh(u);
      assertEquals(1, db.statements().size(), db.statements().toString());
    }
  }

  // test_expire.py RefreshTest.test_refresh_with_eager
  @DatabaseTest
  void refreshWithEager(TestDatabase db) {
    SessionFactory factory = ExpireFixtures.seeded(db, "j_users", "j_addresses");
    try (Session s = factory.openSession()) {
      JUser u = s.get(JUser.class, 8L);
      assertEquals(3, u.addresses.size());
      s.refresh(u);
      assertEquals(3, u.addresses.size());
    }
    try (Session s = factory.openSession()) {
      JUser u = s.get(JUser.class, 8L);
      assertEquals(3, u.addresses.size());
      s.expire(u);
      assertEquals(3, u.addresses.size());
    }
  }
}
