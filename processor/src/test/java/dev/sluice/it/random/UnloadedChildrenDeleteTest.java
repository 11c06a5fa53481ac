package dev.sluice.it.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import java.util.Map;

/**
 * Deleting a parent whose children are not loaded while one child is in the session: set-based
 * and row-by-row deletes commit the same rows, those of SQLAlchemy 1.4 (whose delete() loads
 * the collection, finding the child by its stored row, less what a backref unlinked).
 */
class UnloadedChildrenDeleteTest {
  /** The child c under p1, a sibling d never loaded, and a second parent p2. */
  private static Map<String, Long> setUp(SessionFactory factory) {
    try (Session session = factory.openSession()) {
      RParent p1 = new RParent("p1");
      RParent p2 = new RParent("p2");
      RChild c = new RChild("c");
      p1.children.add(c);
      p1.children.add(new RChild("d"));
      session.add(p1);
      session.add(p2);
      session.commit();
      return Map.of("p1", p1.id, "p2", p2.id, "c", c.id);
    }
  }

  /**
   * Gets c, then p1 and p2 (p1's children not loaded), runs {@code steps} with c, p1 and p2
   * around {@code delete(p1)} as the steps place it, commits, and returns c's state after it.
   */
  private static ObjectState run(SessionFactory factory, Map<String, Long> ids,
      Steps steps) {
    try (Session session = factory.openSession()) {
      RChild c = session.get(RChild.class, ids.get("c"));
      RParent p1 = session.get(RParent.class, ids.get("p1"));
      RParent p2 = session.get(RParent.class, ids.get("p2"));
      assertFalse(p1.children.isLoaded(), "the shape needs p1's children unloaded");
      steps.run(session, c, p1, p2);
      session.commit();
      return session.state(c);
    }
  }

  /** What a variant does with the session, the child and both parents. */
  private interface Steps {
    void run(Session session, RChild c, RParent p1, RParent p2);
  }

  private static List<Object> children(TestDatabase db) {
    return db.column("SELECT \"name\" FROM \"r_child\" ORDER BY \"name\"");
  }

  // SQLAlchemy's delete() loads the collection, so it marks the child, which the move does not
  // save: the set-based statements must not leave it to an UPDATE that runs first.
  @DatabaseTest
  void aChildMovedToAnotherParentAfterTheDeleteIsDeleted(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE).withAutoflush(false);
    Map<String, Long> ids = setUp(factory);
    ObjectState after = run(factory, ids, (session, c, p1, p2) -> {
      session.delete(p1);
      assertTrue(session.deletedObjects().contains(c), "marked with its parent");
      c.parent.set(p2);
    });
    assertEquals(ObjectState.DETACHED, after);
    assertEquals(List.of(), children(db));
    assertEquals(List.of("p2"), db.column("SELECT \"name\" FROM \"r_parent\""));
  }

  @DatabaseTest
  void aChildMovedToANewParentAfterTheDeleteIsKeptForOneFlushThenDeleted(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE).withAutoflush(false);
    Map<String, Long> ids = setUp(factory);
    ObjectState after = run(factory, ids, (session, c, p1, p2) -> {
      session.delete(p1);
      c.parent.set(new RParent("p3"));
    });
    assertEquals(ObjectState.DETACHED, after);
    assertEquals(List.of(), children(db));
    assertEquals(List.of("p2", "p3"),
        db.column("SELECT \"name\" FROM \"r_parent\" ORDER BY \"name\""));
  }

  @DatabaseTest
  void aChildWhoseKeyIsChangedAfterTheDeleteIsDeleted(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE).withAutoflush(false);
    Map<String, Long> ids = setUp(factory);
    ObjectState after = run(factory, ids, (session, c, p1, p2) -> {
      session.delete(p1);
      c.parentId = p2.id;
    });
    assertEquals(ObjectState.DETACHED, after);
    assertEquals(List.of(), children(db));
  }

  // The loaded collection reflects the stored row, so a key changed in memory but not flushed
  // does not take the child out of it.
  @DatabaseTest
  void aChildWhoseKeyWasChangedButNotFlushedBeforeTheDeleteIsDeleted(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE).withAutoflush(false);
    Map<String, Long> ids = setUp(factory);
    ObjectState after = run(factory, ids, (session, c, p1, p2) -> {
      c.parentId = p2.id;
      session.delete(p1);
      assertTrue(session.deletedObjects().contains(c), "found by its stored row");
    });
    assertEquals(ObjectState.DETACHED, after);
    assertEquals(List.of(), children(db));
  }

  // Setting the reference unlinks c from p1's unloaded collection, which a load then leaves out.
  @DatabaseTest
  void aChildMovedBeforeTheDeleteStaysUnderItsNewParent(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE).withAutoflush(false);
    Map<String, Long> ids = setUp(factory);
    ObjectState after = run(factory, ids, (session, c, p1, p2) -> {
      c.parent.set(p2);
      session.delete(p1);
      assertFalse(session.deletedObjects().contains(c), "no longer p1's");
    });
    assertEquals(ObjectState.PERSISTENT, after);
    assertEquals(List.of("c"), children(db));
    assertEquals(List.of(ids.get("p2")), parentKeys(db));
  }

  @DatabaseTest
  void aChildLeftUnderItsParentIsDeletedWithItAndLeavesTheSession(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE).withAutoflush(false);
    Map<String, Long> ids = setUp(factory);
    ObjectState after = run(factory, ids, (session, c, p1, p2) -> session.delete(p1));
    assertEquals(ObjectState.DETACHED, after);
    assertEquals(List.of(), children(db));
  }

  // With autoflush on the shape commits the same rows as with it off (and as SQLAlchemy).
  @DatabaseTest
  void withAutoflushAChildMovedAfterTheDeleteIsDeletedToo(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE).withAutoflush(true);
    Map<String, Long> ids = setUp(factory);
    ObjectState after = run(factory, ids, (session, c, p1, p2) -> {
      session.delete(p1);
      c.parent.set(new RParent("p3"));
    });
    assertEquals(ObjectState.DETACHED, after);
    assertEquals(List.of(), children(db));
  }

  // The flush keeps it (SQLAlchemy's cancel_delete), still marked; the commit's next flush
  // deletes it.
  @DatabaseTest
  void aFlushKeepsAChildMovedToANewParentAfterTheDeleteUnderThatParent(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE).withAutoflush(false);
    Map<String, Long> ids = setUp(factory);
    ObjectState after = run(factory, ids, (session, c, p1, p2) -> {
      session.delete(p1);
      RParent p3 = new RParent("p3");
      c.parent.set(p3);
      session.flush();
      assertEquals(ObjectState.PERSISTENT, session.state(c));
      assertTrue(session.deletedObjects().contains(c), "still marked");
      assertEquals(p3.id, c.parentId, "written under p3");
      assertEquals(p3, c.parent.get());
    });
    assertEquals(ObjectState.DETACHED, after);
    assertEquals(List.of(), children(db));
  }

  // differs from SQLAlchemy, whose delete() autoflushes before it loads the collection (the
  // new key is written, so the child is no longer p1's); Sluice's delete() never autoflushes,
  // so with autoflush on the stored row still counts, in both delete modes.
  @DatabaseTest
  void withAutoflushAChildWhoseKeyWasChangedBeforeTheDeleteIsDeletedStill(TestDatabase db) {
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE).withAutoflush(true);
    Map<String, Long> ids = setUp(factory);
    ObjectState after = run(factory, ids, (session, c, p1, p2) -> {
      c.parentId = p2.id;
      session.delete(p1);
      assertTrue(session.deletedObjects().contains(c), "found by its stored row");
    });
    assertEquals(ObjectState.DETACHED, after);
    assertEquals(List.of(), children(db));
  }

  private static List<Long> parentKeys(TestDatabase db) {
    return db.column("SELECT \"parent_id\" FROM \"r_child\" ORDER BY \"name\"").stream()
        .map(v -> ((Number) v).longValue()).toList();
  }
}
