package dev.sluice.conformance.naturalpks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.conformance.Rows;
import dev.sluice.conformance.naturalpks.NaturalPkModel.Address;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NpAddress;
import dev.sluice.conformance.naturalpks.NaturalPkModel.NpUser;
import dev.sluice.conformance.naturalpks.NaturalPkModel.User;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.ObjectDeletedException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.Arrays;
import java.util.List;

/** test_naturalpks.py NaturalPKTest: a primary key that changes, one-to-many. */
class NaturalPkTest {
  private static final String ADDRESS_USERS =
      "SELECT \"username\" FROM \"addresses\" ORDER BY \"email\"";
  private static final String NP_ADDRESS_USERS =
      "SELECT \"username\" FROM \"np_addresses\" ORDER BY \"email\"";

  // test_naturalpks.py NaturalPKTest.test_entity
  @DatabaseTest
  void aChangedKeyMovesTheObjectInTheIdentityMap(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      User u1 = new User("jack", "jack");
      sess.add(u1);
      sess.flush();
      assertSame(u1, sess.get(User.class, "jack"));

      u1.username = "ed";
      sess.flush();
      db.clearStatements();
      assertSame(u1, sess.get(User.class, "ed"));
      assertEquals(List.of(), db.statements(), "found in the identity map");
      assertNull(sess.get(User.class, "jack"));

      sess.expungeAll();
      User reloaded = sess.get(User.class, "ed");
      assertEquals("ed", reloaded.username);
      assertEquals("jack", reloaded.fullname);
    }
  }

  // test_naturalpks.py NaturalPKTest.test_load_after_expire
  @DatabaseTest
  void aKeyChangedBehindTheSessionLosesTheExpiredObject(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      User u1 = new User("jack", "jack");
      sess.add(u1);
      sess.flush();
      assertSame(u1, sess.get(User.class, "jack"));

      sess.handle().execute("UPDATE \"users\" SET \"username\" = 'ed'");
      sess.expire(u1);
      // reloading works by the key, which no row has any more
      assertThrows(ObjectDeletedException.class, () -> sess.refresh(u1));

      sess.expungeAll();
      assertNull(sess.get(User.class, "jack"));
      assertEquals("jack", sess.get(User.class, "ed").fullname);
    }
  }

  // test_naturalpks.py NaturalPKTest.test_flush_new_pk_after_expire
  @DatabaseTest
  void aKeySetAfterExpireIsFlushed(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      User u1 = new User("jack", "jack");
      sess.add(u1);
      sess.flush();
      assertSame(u1, sess.get(User.class, "jack"));

      sess.expire(u1);
      u1.username = "ed";
      sess.flush();
      sess.expungeAll();
      assertEquals("jack", sess.get(User.class, "ed").fullname);
    }
  }

  // test_naturalpks.py NaturalPKTest.test_onetomany_passive
  @DatabaseTest
  void oneToManyKeyCascadedByTheDatabase(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      User u1 = new User("jack", "jack");
      u1.addresses.add(new Address("jack1"));
      u1.addresses.add(new Address("jack2"));
      sess.add(u1);
      sess.flush();
      assertSame(u1.addresses.get(0), sess.get(Address.class, "jack1"));

      u1.username = "ed";
      sess.flush();
      assertEquals("ed", u1.addresses.get(0).username);
      sess.expungeAll();
      assertEquals(List.of("ed", "ed"), sess.query(Address.class).list().stream()
          .map(a -> a.username).toList());

      User ed = sess.get(User.class, "ed");
      ed.username = "jack";
      db.clearStatements();
      sess.flush();
      assertEquals(List.of("UPDATE users"), db.writes());
      assertEquals(1, db.statements().size(), db.statements().toString());
      sess.expungeAll();
      User jack = sess.get(User.class, "jack");
      assertEquals(List.of("jack", "jack"), jack.addresses.stream().map(a -> a.username)
          .toList());

      jack.addresses.clear();
      jack.username = "fred";
      sess.flush();
      sess.expungeAll();
      assertNull(sess.get(Address.class, "jack1").username);
      assertEquals("jack", sess.get(User.class, "fred").fullname);
      sess.commit();
    }
    assertEquals(Arrays.asList(null, null), db.column(ADDRESS_USERS));
  }

  // test_naturalpks.py NaturalPKTest.test_onetomany_nonpassive
  @DatabaseTest
  void oneToManyKeyPropagatedBySluice(TestDatabase db) {
    SessionFactory factory = db.create(NaturalPkSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      NpUser u1 = new NpUser("jack", "jack");
      u1.addresses.add(new NpAddress("jack1"));
      u1.addresses.add(new NpAddress("jack2"));
      sess.add(u1);
      sess.flush();
      assertSame(u1.addresses.get(0), sess.get(NpAddress.class, "jack1"));

      u1.username = "ed";
      sess.flush();
      assertEquals("ed", u1.addresses.get(0).username);
      sess.expungeAll();
      assertEquals(List.of("ed", "ed"), sess.query(NpAddress.class).list().stream()
          .map(a -> a.username).toList());

      NpUser ed = sess.get(NpUser.class, "ed");
      ed.username = "jack";
      db.clearStatements();
      sess.flush();
      // load the addresses, update the user, update both addresses in one batch
      assertEquals(List.of("UPDATE np_users", "UPDATE np_addresses"), db.writes());
      assertEquals(3, db.statements().size(), db.statements().toString());
      sess.expungeAll();
      NpUser jack = sess.get(NpUser.class, "jack");
      assertEquals(List.of("jack", "jack"), jack.addresses.stream().map(a -> a.username)
          .toList());

      jack.addresses.clear();
      jack.username = "fred";
      sess.flush();
      sess.expungeAll();
      assertNull(sess.get(NpAddress.class, "jack1").username);
      assertEquals("jack", sess.get(NpUser.class, "fred").fullname);
      sess.commit();
    }
    assertEquals(Arrays.asList(null, null), db.column(NP_ADDRESS_USERS));
    assertEquals(List.of("fred"), Rows.strings(db, "SELECT \"username\" FROM \"np_users\""));
  }
}
