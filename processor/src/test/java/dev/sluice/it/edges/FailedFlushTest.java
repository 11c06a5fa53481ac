package dev.sluice.it.edges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.IntegrityException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import java.util.Set;

/** A failed flush leaves the session as it was, including what its plan expunged. */
class FailedFlushTest {
  @DatabaseTest
  void aPendingObjectTheDeleteCascadeExpungedIsBackAfterTheFailure(TestDatabase db) {
    SessionFactory factory = db.create(EdgeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Client ann = new Client("ann");
      session.add(ann);
      session.commit();

      session.delete(ann);
      Purchase book = new Purchase("book");
      book.client.set(ann);
      session.add(book); // pending; the flush's DELETE cascade from ann reaches it
      Client nameless = new Client(null); // NOT NULL: this INSERT fails
      session.add(nameless);
      assertEquals(ObjectState.PERSISTENT, session.state(ann), "marked, not yet flushed");
      assertEquals(Set.of(ann), session.deletedObjects());

      assertThrows(IntegrityException.class, session::flush);
      assertEquals(ObjectState.PENDING, session.state(book), "the failed flush lost nothing");
      assertEquals(ObjectState.PERSISTENT, session.state(ann));
      assertEquals(Set.of(ann), session.deletedObjects());
      assertEquals(Set.of(book, nameless), session.newObjects());

      nameless.name = "bob";
      session.commit();
      assertEquals(ObjectState.TRANSIENT, session.state(book), "never written: expunged");
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"purchase\""));
    assertEquals(List.of("bob"), db.column("SELECT \"name\" FROM \"client\""));
  }
}
