package dev.sluice.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * merge() and foreign keys: a key follows its relationship holder when the holder was set;
 * otherwise the holder follows the key; a null key on a new copy counts as never set.
 */
class MergeKeysTest {
  private long folderId;
  private long otherId;
  private long memoId;
  private long docId;

  private void seed(SessionFactory factory) {
    try (Session session = factory.openSession()) {
      Folder folder = new Folder("fred");
      Folder other = new Folder("other");
      Memo memo = new Memo("asdf");
      Doc doc = new Doc("a");
      folder.memos.add(memo);
      folder.docs.add(doc);
      session.addAll(List.of(folder, other));
      session.commit();
      folderId = folder.id;
      otherId = other.id;
      memoId = memo.id;
      docId = doc.id;
    }
  }

  private static List<Object> memoFolders(TestDatabase db) {
    return db.column("SELECT f.\"name\" FROM \"memo\" m LEFT JOIN \"folder\" f"
        + " ON f.\"id\" = m.\"folder_id\"");
  }

  // test_merge.py MergeTest.test_no_relationship_cascade
  @DatabaseTest
  void mergeThroughAManyToOneWithoutMergeCascadeLeavesTheParentAndItsKey(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    seed(factory);
    try (Session session = factory.openSession()) {
      Memo memo = session.get(Memo.class, memoId);
      Folder fred = memo.folder.get();
      Memo copy = new Memo("bar");
      copy.id = memoId;
      copy.folder.set(new Folder("hoho"));

      Memo merged = session.merge(copy);
      assertSame(memo, merged);
      assertEquals("bar", merged.text);
      assertEquals(folderId, merged.folderId, "the copy's null key was never set");
      assertSame(fred, merged.folder.get());
      session.commit();
    }
    assertEquals(List.of("fred"), memoFolders(db));
    assertEquals(List.of("fred", "other"),
        db.column("SELECT \"name\" FROM \"folder\" ORDER BY \"name\""), "hoho was not added");
  }

  @DatabaseTest
  void aKeyChangedOnADetachedCopyIsMergedAndTheHolderFollowsIt(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    seed(factory);
    Memo detached;
    try (Session session = factory.openSession()) {
      detached = session.get(Memo.class, memoId);
    }
    detached.folderId = otherId;
    try (Session session = factory.openSession()) {
      Memo memo = session.get(Memo.class, memoId);
      Folder other = session.get(Folder.class, otherId);
      assertEquals("fred", memo.folder.get().name);

      Memo merged = session.merge(detached);
      assertEquals(otherId, merged.folderId);
      assertSame(other, merged.folder.get(), "the unchanged holder follows the merged key");
      session.commit();
    }
    assertEquals(List.of("other"), memoFolders(db));
  }

  @DatabaseTest
  void aHolderChangedInTheSessionKeepsItsKeyWhenTheRelationIsNotMerged(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    seed(factory);
    // merge() autoflushes first, which would write the holder's change before the copy is
    // merged; without autoflush the change is still unflushed when the copy arrives
    try (Session session = factory.withAutoflush(false).openSession()) {
      Memo memo = session.get(Memo.class, memoId);
      Folder other = session.get(Folder.class, otherId);
      memo.folder.set(other);
      Memo copy = new Memo("bar");
      copy.id = memoId;
      copy.folderId = folderId; // a key the copy gives, but the session's holder was set

      Memo merged = session.merge(copy);
      assertEquals(otherId, merged.folderId);
      assertSame(other, merged.folder.get());
      session.commit();
    }
    assertEquals(List.of("other"), memoFolders(db));
  }

  // test_merge.py MergeTest.test_transient_non_mutated_collection, and the many-to-one of a
  // new copy that never set it
  @DatabaseTest
  void untouchedHoldersOfANewCopyAreNotMerged(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    seed(factory);
    try (Session session = factory.openSession()) {
      Folder copy = new Folder("fred2");
      copy.id = folderId;
      assertEquals(List.of(), copy.docs); // read, not changed
      Folder merged = session.merge(copy);
      assertEquals(1, merged.docs.size(), "the collection was not emptied");

      Doc docCopy = new Doc("a2");
      docCopy.id = docId;
      Doc doc = session.merge(docCopy);
      assertSame(merged, doc.folder.get());
      assertEquals(folderId, doc.folderId);
      session.commit();
    }
    assertEquals(List.of("a2"), db.column("SELECT \"title\" FROM \"doc\" WHERE \"folder_id\""
        + " IS NOT NULL"));
  }
}
