package dev.sluice.conformance.cascade.orphan;

import static dev.sluice.conformance.Tables.count;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.IntegrityException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;

/** Pending objects that never had a parent, or lost it before being written. */
class PendingOrphanSingleLevelTest {
  // test_cascade.py PendingOrphanTestSingleLevel.test_pending_standalone_orphan
  @DatabaseTest
  void aStandaloneChildIsInsertedWhenItsKeyAllowsIt(TestDatabase db) {
    SessionFactory factory = db.create(OrphanSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new Address());
      session.commit();
      session.add(new Order());
      assertThrows(IntegrityException.class, session::commit);
      session.rollback();
      User user = new User("u");
      session.add(user);
      session.flush();
      Order order = new Order();
      order.userId = user.id;
      session.add(order);
      session.commit();
      assertTrue(session.contains(order));
      assertFalse(session.newObjects().contains(order));
    }
    assertEquals(1, count(db, "addresses"));
    assertEquals(1, count(db, "orders"));
  }

  // test_cascade.py PendingOrphanTestSingleLevel.test_pending_collection_expunge
  @DatabaseTest
  void aPendingChildRemovedFromItsCollectionIsNeverWritten(TestDatabase db) {
    SessionFactory factory = db.create(OrphanSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User user = new User("u");
      session.add(user);
      session.flush();
      Address address = new Address();
      user.addresses.add(address);
      assertTrue(session.contains(address));
      user.addresses.remove(address);
      assertFalse(session.contains(address));
      session.delete(user);
      session.flush();
      assertNull(address.id, "the address should not have been persisted");
      session.commit();
    }
    assertEquals(0, count(db, "addresses"));
  }
}
