package dev.sluice.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** A foreign key set by hand: an unloaded or outdated many-to-one loads from it. */
class ForeignKeyByHandTest {
  // test_load_on_fks.py LoadOnFKsTest.test_m2o_lazy_loader_on_pending (manualflush)
  @DatabaseTest
  void aNewObjectsManyToOneLoadsFromAKeySetByHandOnceFlushed(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Folder folder = new Folder("inbox");
      session.add(folder);
      session.commit();

      Doc doc = new Doc("a");
      doc.folderId = folder.id;
      session.add(doc);
      assertNull(doc.folder.get(), "pending: no load, as without load_on_pending");
      session.flush();
      assertSame(folder, doc.folder.get());

      Memo memo = new Memo("call");
      memo.folderId = folder.id;
      session.add(memo);
      session.commit();
      assertSame(folder, memo.folder.get());
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"doc\" WHERE \"folder_id\" IS NOT NULL"));
  }

  // test_load_on_fks.py LoadOnFKsTest.test_m2o_lazy_loader_on_persistent (loadrel off)
  @DatabaseTest
  void anUnloadedManyToOneFollowsAKeyChangedByHandAtOnce(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    long docId;
    long otherId;
    try (Session session = factory.openSession()) {
      Folder first = new Folder("first");
      Folder other = new Folder("other");
      first.docs.add(new Doc("a"));
      session.addAll(List.of(first, other));
      session.commit();
      docId = first.docs.get(0).id;
      otherId = other.id;
    }
    try (Session session = factory.openSession()) {
      Doc doc = session.get(Doc.class, docId);
      Folder other = session.get(Folder.class, otherId);
      doc.folderId = other.id;
      assertSame(other, doc.folder.get());
    }
  }

  // test_load_on_fks.py LoadOnFKsTest.test_m2o_lazy_loader_on_persistent (loadrel on): same
  // before the flush; after it Sluice follows the key, as SQLAlchemy does only once the
  // attribute expires (at commit, which Sluice does not expire)
  @DatabaseTest
  void aLoadedManyToOneFollowsAKeyChangedByHandAfterTheFlush(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Folder first = new Folder("first");
      Folder other = new Folder("other");
      Doc doc = new Doc("a");
      first.docs.add(doc);
      session.addAll(List.of(first, other));
      session.commit();

      assertSame(first, doc.folder.get());
      doc.folderId = other.id;
      assertSame(first, doc.folder.get(), "loaded: unchanged until the flush");
      session.flush();
      assertSame(other, doc.folder.get());
      session.commit();
    }
    assertEquals(List.of("other"), db.column("SELECT f.\"name\" FROM \"doc\" d JOIN \"folder\" f"
        + " ON f.\"id\" = d.\"folder_id\""));
  }
}
