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
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

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

  @DatabaseTest
  void anObjectWithoutRelationsInOneSessionCannotBeAddedToAnother(TestDatabase db) {
    SessionFactory factory = db.create(MisuseSchema_Metadata.INSTANCE);
    Session first = factory.openSession();
    try (Session second = factory.openSession()) {
      Stamp pending = new Stamp("pending");
      first.add(pending);
      InvalidRequestException e = assertThrows(InvalidRequestException.class,
          () -> second.add(pending));
      assertTrue(e.getMessage().contains("another session"), e.getMessage());
      first.commit();
      InvalidRequestException persistent = assertThrows(InvalidRequestException.class,
          () -> second.add(pending));
      assertTrue(persistent.getMessage().contains("Stamp id=" + pending.id),
          persistent.getMessage());
      assertThrows(InvalidRequestException.class, () -> second.delete(pending));
      first.expunge(pending); // now detached: the other session may take it
      second.delete(pending);
      second.commit();
      Stamp kept = new Stamp("kept");
      first.add(kept);
      first.commit();
      first.close(); // closing releases it too
      second.add(kept);
      kept.text = "moved";
      second.commit();
    }
    assertEquals(List.of("moved"), db.column("SELECT text FROM stamp"));
  }

  /**
   * Every method of {@link Session}, called as another thread would (the list is checked
   * against the interface, so a new method must be added here).
   */
  private static Map<String, Consumer<Session>> everySessionMethod(Team team) {
    Map<String, Consumer<Session>> calls = new LinkedHashMap<>();
    calls.put("add", s -> s.add(new Team("other")));
    calls.put("addAll", s -> s.addAll(List.of(new Team("other"))));
    calls.put("delete", s -> s.delete(team));
    calls.put("get", s -> s.get(Team.class, team.id));
    calls.put("query", s -> s.query(Team.class));
    calls.put("load", s -> s.load(Team_.PLAYERS, List.of(team)));
    calls.put("flush", Session::flush);
    calls.put("commit", Session::commit);
    calls.put("rollback", Session::rollback);
    calls.put("close", Session::close);
    calls.put("expunge", s -> s.expunge(team));
    calls.put("expungeAll", Session::expungeAll);
    calls.put("merge", s -> s.merge(new Team("other")));
    calls.put("refresh", s -> s.refresh(team));
    calls.put("expire", s -> s.expire(team));
    calls.put("contains", s -> s.contains(team));
    calls.put("state", s -> s.state(team));
    calls.put("isModified", s -> s.isModified(team));
    calls.put("newObjects", Session::newObjects);
    calls.put("dirtyObjects", Session::dirtyObjects);
    calls.put("deletedObjects", Session::deletedObjects);
    calls.put("isActive", Session::isActive);
    calls.put("handle", Session::handle);
    return calls;
  }

  @DatabaseTest
  void everySessionMethodIsRefusedFromASecondThread(TestDatabase db) throws Exception {
    SessionFactory factory = db.create(FaultSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Team team = new Team("alpha");
      session.add(team);
      session.flush();
      team.name = "alpha-changed"; // dirty: a commit, flush or refresh from there would show
      Map<String, Consumer<Session>> calls = everySessionMethod(team);
      Set<String> declared = new TreeSet<>();
      for (Method method : Session.class.getMethods()) {
        declared.add(method.getName());
      }
      assertEquals(declared, new TreeSet<>(calls.keySet()), "every method of Session is tried");
      for (Map.Entry<String, Consumer<Session>> call : calls.entrySet()) {
        ExecutionException e = assertThrows(ExecutionException.class,
            () -> CompletableFuture.runAsync(() -> call.getValue().accept(session)).get(),
            call.getKey());
        assertTrue(e.getCause() instanceof InvalidRequestException,
            call.getKey() + ": " + e.getCause());
        assertTrue(e.getCause().getMessage().contains("not thread-safe"), e.getMessage());
      }
      // none of those calls changed anything: the owner thread carries on as before
      assertTrue(session.isActive());
      assertEquals(ObjectState.PERSISTENT, session.state(team));
      assertEquals("alpha-changed", team.name);
      assertEquals(Set.of(team), session.dirtyObjects());
      session.commit();
    }
    assertEquals(List.of("alpha-changed"), db.column("SELECT name FROM team"));
  }
}
