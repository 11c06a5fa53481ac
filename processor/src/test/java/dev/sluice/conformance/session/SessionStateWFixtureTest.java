package dev.sluice.conformance.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.session.SessionModel.Address;
import dev.sluice.conformance.session.SessionModel.CAddress;
import dev.sluice.conformance.session.SessionModel.CUser;
import dev.sluice.conformance.session.SessionModel.User;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** test_session.py SessionStateWFixtureTest: rollback and expunge over loaded relations. */
class SessionStateWFixtureTest {
  // test_session.py SessionStateWFixtureTest.test_autoflush_rollback
  @DatabaseTest
  void autoflushRollback(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    Long id;
    try (Session session = factory.openSession()) {
      User ed = new User("ed");
      for (String email : List.of("ed@wood.com", "ed@bettyboop.com", "ed@lala.com")) {
        ed.addresses.add(new Address(email));
      }
      session.add(ed);
      session.commit();
      id = ed.id;
    }
    try (Session session = factory.openSession()) {
      User u = session.get(User.class, id);
      Address added = new Address("a new address");
      u.addresses.add(added);
      u.name = "some new name";
      assertEquals("some new name", u.name);
      assertEquals(4, u.addresses.size());
      assertTrue(u.addresses.contains(added));
      session.rollback();
      assertEquals("ed", u.name);
      assertEquals(3, u.addresses.size());
      assertFalse(u.addresses.contains(added));
      assertEquals("a new address", added.emailAddress); // pending objects keep their values
    }
    assertEquals(3, db.number("SELECT COUNT(*) FROM \"addresses\""));
  }

  // test_session.py SessionStateWFixtureTest.test_expunge_cascade
  @DatabaseTest
  void expungeCascade(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    Long id;
    try (Session session = factory.openSession()) {
      CUser jack = new CUser("jack");
      jack.addresses.add(new CAddress("jack@bean.com"));
      session.add(jack);
      session.commit();
      id = jack.id;
    }
    try (Session session = factory.openSession()) {
      CUser u = session.query(CUser.class).where("id = :id").bind("id", id).one();
      u.addresses.forEach(a -> a.user.get()); // load both directions
      session.expunge(u);
      assertEquals(ObjectState.DETACHED, session.state(u));
      assertFalse(session.contains(u));
      assertEquals(1, u.addresses.size());
      for (CAddress a : u.addresses) {
        assertFalse(session.contains(a));
        assertEquals(ObjectState.DETACHED, session.state(a));
      }
    }
  }
}
