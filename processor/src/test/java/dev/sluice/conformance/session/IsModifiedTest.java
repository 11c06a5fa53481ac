package dev.sluice.conformance.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.session.SessionModel.Address;
import dev.sluice.conformance.session.SessionModel.User;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** test_session.py IsModifiedTest: what counts as a change. */
class IsModifiedTest {
  // test_session.py IsModifiedTest.test_is_modified
  // differs: SQLAlchemy lists an object in session.dirty as soon as a column
  // is assigned, even to its own value (only is_modified compares); Sluice's dirtyObjects()
  // compares values, so setting a column to its value leaves the object out of both.
  @DatabaseTest
  void isModified(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session s = factory.openSession()) {
      s.add(new User("fred"));
      s.flush();
      s.expungeAll();
      User user = s.query(User.class).one();
      assertFalse(s.dirtyObjects().contains(user));
      assertFalse(s.isModified(user));

      user.name = "fred";
      assertFalse(s.dirtyObjects().contains(user));
      assertFalse(s.isModified(user));

      user.name = "ed";
      assertTrue(s.dirtyObjects().contains(user));
      assertTrue(s.isModified(user));
      s.flush();
      assertFalse(s.dirtyObjects().contains(user));
      assertFalse(s.isModified(user));

      user.addresses.add(new Address("a"));
      assertTrue(s.dirtyObjects().contains(user));
      assertTrue(s.isModified(user));
    }
  }

  // test_session.py IsModifiedTest.test_is_modified_passive_off
  @DatabaseTest
  void isModifiedRunsNoSql(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session s = factory.openSession()) {
      User u = new User("fred");
      u.addresses.add(new Address("foo"));
      s.add(u);
      s.commit();
      db.clearStatements();
      assertFalse(s.isModified(u));
      assertEquals(List.of(), db.statements());
      s.expire(u);
      u.name = "newname";
      assertTrue(s.isModified(u));
      assertEquals(List.of(), db.statements());
    }
  }
}
