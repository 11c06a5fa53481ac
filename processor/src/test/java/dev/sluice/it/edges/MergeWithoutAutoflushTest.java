package dev.sluice.it.edges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import java.util.Set;

/**
 * merge() must not flush: SQLAlchemy turns autoflush off while it merges, so a merged object
 * is only dirty until the next flush, and a state the database would refuse can still be fixed.
 */
class MergeWithoutAutoflushTest {
  @DatabaseTest
  void mergingAnInvalidDetachedObjectDefersTheFailureToTheFlush(TestDatabase db) {
    SessionFactory factory = db.create(EdgeSchema_Metadata.INSTANCE);
    Client detached;
    try (Session session = factory.openSession()) {
      detached = new Client("ann");
      detached.purchases.add(new Purchase("book"));
      session.add(detached);
      session.commit();
    }
    detached.name = null; // NOT NULL: to be fixed before the flush
    try (Session session = factory.openSession()) {
      db.clearStatements();
      Client merged = session.merge(detached);
      assertTrue(db.writes().isEmpty(), "merge wrote " + db.writes());
      assertEquals(Set.of(merged), session.dirtyObjects());
      merged.name = "anne";
      session.commit();
    }
    assertEquals(List.of("anne"), db.column("SELECT \"name\" FROM \"client\""));
  }
}
