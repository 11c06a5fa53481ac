package dev.sluice.conformance.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.conformance.session.SessionModel.User;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** test_session.py TransScopingTest: what a flush, commit and rollback do to the transaction. */
class TransScopingTest {
  private static String nameInTransaction(Session session) {
    return session.handle().createQuery("SELECT \"name\" FROM \"users\"").mapTo(String.class)
        .one();
  }

  private static long usersInTransaction(Session session) {
    return session.handle().createQuery("SELECT COUNT(*) FROM \"users\"").mapTo(Long.class)
        .one();
  }

  // test_session.py TransScopingTest.test_autobegin_within_flush
  @DatabaseTest
  void flushWritesInsideTheTransactionAndRollbackUndoesIt(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new User("u1"));
      session.commit();
      User u1 = session.query(User.class).first().orElseThrow();
      session.commit();
      u1.name = "newname";
      session.flush();
      assertEquals("newname", nameInTransaction(session));
      session.rollback();
      assertEquals("u1", nameInTransaction(session));
      assertEquals("u1", u1.name);
    }
  }

  // test_session.py TransScopingTest.test_autobegin_attr_change
  @DatabaseTest
  void rollbackRestoresAChangedValueWhateverElseTheTransactionDid(TestDatabase db) {
    // (each of the cases nothing / modify / add / delete, with the unconditional change of u)
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    for (String change : List.of("nothing", "modify", "add", "delete")) {
      try (Session session = factory.openSession()) {
        User u = new User("x");
        User u2 = new User("d");
        User u3 = new User("e");
        session.addAll(List.of(u, u2, u3));
        session.commit();
        switch (change) {
          case "add" -> session.add(new User("q"));
          case "delete" -> session.delete(u2);
          case "modify" -> u3.name = "m";
          default -> { }
        }
        u.name = "y";
        session.rollback();
        assertEquals("x", u.name, change);
        assertEquals("e", u3.name, change);
        session.commit();
      }
    }
    assertEquals(12, db.number("SELECT COUNT(*) FROM \"users\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"users\" WHERE \"name\" IN ('y', 'm', 'q')"));
  }

  // test_session.py TransScopingTest.test_transaction
  @DatabaseTest
  void aFlushIsSeenOnlyInsideTheTransactionUntilCommit(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new User("x"));
      session.flush();
      assertEquals(1, usersInTransaction(session));
      assertEquals(0, db.number("SELECT COUNT(*) FROM \"users\""));
      session.commit();
      assertEquals(1, usersInTransaction(session));
      assertEquals(1, db.number("SELECT COUNT(*) FROM \"users\""));
    }
  }
}
