package dev.sluice.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.PendingRollbackException;
import dev.sluice.runtime.QueryException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** A failed query: on PostgreSQL it aborts the transaction, and the session says so. */
class FailedQueryTest {
  @DatabaseTest
  void aFailedQueryOnPostgresqlRequiresARollbackAndEveryUseSaysSo(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Folder folder = new Folder("inbox");
      session.add(folder);
      session.commit();
      folder.name = "renamed";

      QueryException e = assertThrows(QueryException.class,
          () -> new FolderDao(session).where("no_such_column = 1").list());
      assertTrue(e.sql().contains("no_such_column"), e.sql());
      if (db.dialect() == Dialect.POSTGRESQL) {
        assertTrue(e.getMessage().contains("call rollback()"), e.getMessage());
        assertFalse(session.isActive());
        PendingRollbackException later = assertThrows(PendingRollbackException.class,
            () -> session.get(Folder.class, folder.id));
        assertTrue(later.getMessage().contains("no_such_column"), later.getMessage());
        assertThrows(PendingRollbackException.class, session::commit);
        assertThrows(PendingRollbackException.class, () -> new FolderDao(session).count());
        assertThrows(PendingRollbackException.class, session::handle);
        session.rollback();
        assertEquals("inbox", folder.name, "rollback restored the last committed values");
      } else {
        assertTrue(session.isActive(), "SQLite: the transaction goes on");
      }
      assertTrue(session.isActive());
      folder.name = "renamed";
      session.commit();
    }
    assertEquals(List.of("renamed"), db.column("SELECT \"name\" FROM \"folder\""));
  }

  @DatabaseTest
  void aFailedCountAndAFailedRelationLoadAreQueryExceptionsToo(TestDatabase db) {
    SessionFactory factory = db.create(SessionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      assertThrows(QueryException.class,
          () -> session.query(Folder.class).where("no_such_column = 1").count());
      session.rollback();
      Folder folder = new Folder("inbox");
      session.add(folder);
      session.commit();
      session.expungeAll();
      Folder loaded = session.get(Folder.class, folder.id);
      session.handle().execute("ALTER TABLE \"memo\" RENAME TO \"memo_gone\"");
      assertThrows(QueryException.class, () -> loaded.memos.size());
      session.rollback();
    }
  }
}
