package dev.sluice.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Mistakes in using a session get an error that says what really happened. */
class SessionMisuseTest {
  @DatabaseTest
  void anIntIdFindsALongKeyAndAWrongTypeIsRefused(TestDatabase db) {
    SessionFactory factory = db.create(FaultSchema_Metadata.INSTANCE);
    Team team = new Team("alpha");
    try (Session session = factory.openSession()) {
      session.add(team);
      session.commit();
    }
    int id = team.id.intValue();
    try (Session session = factory.openSession()) {
      Team loaded = session.get(Team.class, id);
      assertEquals("alpha", loaded.name);
      assertSame(loaded, session.get(Team.class, (long) id), "the same identity");
      InvalidRequestException e = assertThrows(InvalidRequestException.class,
          () -> session.get(Team.class, "1"));
      assertTrue(e.getMessage().contains("String"), e.getMessage());
    }
  }

  @DatabaseTest
  void deletingTwiceIsQuietAndAddingADeletedObjectSaysItWasDeleted(TestDatabase db) {
    SessionFactory factory = db.create(FaultSchema_Metadata.INSTANCE);
    Team team = new Team("alpha");
    try (Session session = factory.openSession()) {
      session.add(team);
      session.commit();
      session.delete(team);
      session.flush();
      session.delete(team); // as SQLAlchemy: deleted again, with nothing left to send
      assertTrue(session.deletedObjects().contains(team));
      InvalidRequestException readd = assertThrows(InvalidRequestException.class,
          () -> session.add(team));
      assertTrue(readd.getMessage().contains("was deleted"), readd.getMessage());
      session.commit();
    }
    try (Session session = factory.openSession()) {
      InvalidRequestException later = assertThrows(InvalidRequestException.class,
          () -> session.add(team));
      assertTrue(later.getMessage().contains("was deleted"), later.getMessage());
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM team"));
  }

  @DatabaseTest
  void aRollbackUndoesTheDeleteSoTheObjectCanBeUsedAgain(TestDatabase db) {
    SessionFactory factory = db.create(FaultSchema_Metadata.INSTANCE);
    Team team = new Team("alpha");
    try (Session session = factory.openSession()) {
      session.add(team);
      session.commit();
      session.delete(team);
      session.flush();
      session.rollback();
      assertEquals(ObjectState.PERSISTENT, session.state(team));
      team.name = "beta";
      session.commit();
    }
    assertEquals("beta", db.column("SELECT name FROM team").get(0));
  }

  @DatabaseTest
  void anObjectInOneSessionCannotBeAddedToAnother(TestDatabase db) {
    SessionFactory factory = db.create(FaultSchema_Metadata.INSTANCE);
    try (Session first = factory.openSession(); Session second = factory.openSession()) {
      Team team = new Team("alpha");
      first.add(team);
      InvalidRequestException e = assertThrows(InvalidRequestException.class,
          () -> second.add(team));
      assertTrue(e.getMessage().contains("another session"), e.getMessage());
      first.expunge(team);
      second.add(team);
      second.commit();
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM team"));
  }

  @DatabaseTest
  void aSessionUsedFromASecondThreadIsRefused(TestDatabase db) throws Exception {
    SessionFactory factory = db.create(FaultSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new Team("alpha"));
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> CompletableFuture.runAsync(session::flush).get());
      assertTrue(e.getCause() instanceof InvalidRequestException, String.valueOf(e.getCause()));
      assertTrue(e.getCause().getMessage().contains("not thread-safe"), e.getMessage());
      session.commit();
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM team"));
    Session handedOver = factory.openSession(); // opened here, used only there: allowed
    CompletableFuture.runAsync(() -> {
      try (handedOver) {
        handedOver.add(new Team("beta"));
        handedOver.commit();
      }
    }).get();
    assertEquals(2, db.number("SELECT COUNT(*) FROM team"));
  }
}
