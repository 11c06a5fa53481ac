package dev.sluice.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * What a factory remembers of the objects its sessions detached, for objects that keep their
 * last session state in their relation holders: the memory is the factory's, it ends when the
 * object is taken back into a session, and it survives a refused add.
 */
class DetachedMemoryTest {
  @DatabaseTest
  void aDetachedObjectComesBackPersistentAndIsUpdatedNotInserted(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    Folder folder = stored(factory, "inbox");
    try (Session session = factory.openSession()) {
      assertEquals(ObjectState.DETACHED, session.state(folder));
      session.add(folder);
      assertEquals(ObjectState.PERSISTENT, session.state(folder));
      folder.name = "archive";
      session.commit();
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"folder\""));
    assertEquals(List.of("archive"), db.column("SELECT \"name\" FROM \"folder\""));
  }

  @DatabaseTest
  void anotherFactoryDoesNotKnowTheObject(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    Folder folder = stored(factory, "inbox");
    SessionFactory other = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = other.openSession()) {
      assertEquals(ObjectState.TRANSIENT, session.state(folder));
    }
    try (Session session = factory.openSession()) {
      assertEquals(ObjectState.DETACHED, session.state(folder), "the first factory still does");
    }
  }

  @DatabaseTest
  void aDetachedObjectTakenBackIsNoLongerDetachedElsewhere(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    Folder folder = stored(factory, "inbox");
    try (Session first = factory.openSession(); Session second = factory.openSession()) {
      first.add(folder);
      assertEquals(ObjectState.PERSISTENT, first.state(folder));
      assertFalse(second.contains(folder));
      assertEquals(ObjectState.TRANSIENT, second.state(folder),
          "in another session, so not detached");
      assertThrows(InvalidRequestException.class, () -> second.add(folder));
    }
  }

  @DatabaseTest
  void aRefusedAddLeavesTheObjectDetached(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    Folder folder = stored(factory, "inbox");
    try (Session session = factory.openSession()) {
      Folder loaded = session.get(Folder.class, folder.id);
      InvalidRequestException refused = assertThrows(InvalidRequestException.class,
          () -> session.add(folder));
      assertTrue(refused.getMessage().contains("merge()"), refused.getMessage());
      assertEquals(ObjectState.DETACHED, session.state(folder));
      session.expunge(loaded);
      session.add(folder);
      assertEquals(ObjectState.PERSISTENT, session.state(folder));
    }
  }

  private static Folder stored(SessionFactory factory, String name) {
    Folder folder = new Folder(name);
    try (Session session = factory.openSession()) {
      session.add(folder);
      session.commit();
    }
    return folder;
  }
}
