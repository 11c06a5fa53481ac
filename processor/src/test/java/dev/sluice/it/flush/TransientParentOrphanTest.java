package dev.sluice.it.flush;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * A pending child linked to and unlinked from a DELETE_ORPHAN collection of a parent that is in
 * no session is an orphan all the same: as in SQLAlchemy ("orphaned outside of session") the
 * flush lets it go instead of inserting it, unless it found a parent or was added again.
 */
class TransientParentOrphanTest {
  @DatabaseTest
  void aPendingChildRemovedFromATransientParentIsNotInserted(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Order order = new Order("never");
      session.add(order);
      Customer transientCustomer = new Customer("nobody");
      transientCustomer.orders.add(order);
      transientCustomer.orders.remove(order);
      assertTrue(session.contains(order)); // as in SQLAlchemy, until the flush
      session.flush(); // an INSERT would fail on the order's NOT NULL key
      assertFalse(session.contains(order));
      assertEquals(ObjectState.TRANSIENT, session.state(order));
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"orders\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"customers\""));
  }

  @DatabaseTest
  void linkingTheOrphanToAStoredParentAddsItBack(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Customer stored = new Customer("jack");
      session.add(stored);
      session.flush();
      Order order = new Order("kept");
      session.add(order);
      Customer transientCustomer = new Customer("nobody");
      transientCustomer.orders.add(order);
      transientCustomer.orders.remove(order);
      stored.orders.add(order);
      session.commit();
      assertEquals(ObjectState.PERSISTENT, session.state(order));
    }
    assertEquals(List.of("kept"), db.column("SELECT \"description\" FROM \"orders\""));
  }
}
