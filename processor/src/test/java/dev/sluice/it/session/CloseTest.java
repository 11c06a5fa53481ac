package dev.sluice.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.DetachedInstanceException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** {@code close()} without {@code commit()}: objects stay usable detached, as in SQLAlchemy. */
class CloseTest {
  private static Folder seed(SessionFactory factory) {
    try (Session session = factory.openSession()) {
      Folder folder = new Folder("inbox");
      folder.docs.addAll(List.of(new Doc("b"), new Doc("a")));
      folder.memos.add(new Memo("call"));
      session.add(folder);
      session.commit();
      return folder;
    }
  }

  // SQLAlchemy's Session.close() expunges every object before it ends the transaction, so
  // loaded attributes stay; no test of test_session.py asserts it on a relationship.
  @DatabaseTest
  void objectsReadInAReadOnlyUnitOfWorkKeepTheirLoadedRelationsAfterClose(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    long id = seed(factory).id;
    Folder folder;
    Folder untouched;
    try (Session session = factory.openSession()) {
      folder = new FolderDao(session).findById(id).orElseThrow(); // docs: SELECTIN
      assertEquals(1, folder.memos.size()); // memos: loaded by touching them
      session.expungeAll();
      untouched = new FolderDao(session).findById(id).orElseThrow();
    } // no commit: close rolls the read-only transaction back

    assertEquals(ObjectState.DETACHED, factory.openSession().state(folder));
    assertEquals(List.of("a", "b"), folder.docs.stream().map(d -> d.title).toList());
    assertEquals("call", folder.memos.get(0).text);
    assertEquals(2, untouched.docs.size());

    DetachedInstanceException e = assertThrows(DetachedInstanceException.class,
        untouched.memos::size);
    assertTrue(e.getMessage().contains("Folder.memos"), e.getMessage());
    assertTrue(e.getMessage().contains("declare it lazy = SELECTIN or JOINED"), e.getMessage());
  }

  @DatabaseTest
  void anUnloadedEagerRelationOfADetachedObjectSaysWhyItIsNotLoaded(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    long id = seed(factory).id;
    Folder folder;
    try (Session session = factory.openSession()) {
      folder = new FolderDao(session).findById(id).orElseThrow();
      session.refresh(folder); // relations reset after the load
    }
    DetachedInstanceException e = assertThrows(DetachedInstanceException.class,
        folder.docs::size);
    assertTrue(e.getMessage().contains("lazy = SELECTIN"), e.getMessage());
    assertTrue(e.getMessage().contains("reset after that load"), e.getMessage());
  }

  @DatabaseTest
  void closeKeepsUncommittedValuesInMemoryAndAMergeWritesThem(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    long id = seed(factory).id;
    Folder folder;
    Doc added = new Doc("c");
    try (Session session = factory.openSession()) {
      folder = session.get(Folder.class, id);
      folder.name = "renamed";
      folder.docs.add(added);
      session.flush();
    }
    assertEquals(List.of("inbox"), db.column("SELECT \"name\" FROM \"folder\""));
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"doc\""));
    assertEquals("renamed", folder.name);
    assertEquals(ObjectState.TRANSIENT, factory.openSession().state(added),
        "its INSERT was rolled back");
    assertNull(added.id);

    try (Session session = factory.openSession()) {
      session.merge(folder);
      session.commit();
    }
    assertEquals(List.of("renamed"), db.column("SELECT \"name\" FROM \"folder\""));
    assertEquals(List.of("a", "b", "c"),
        db.column("SELECT \"title\" FROM \"doc\" ORDER BY \"title\""));
  }
}
