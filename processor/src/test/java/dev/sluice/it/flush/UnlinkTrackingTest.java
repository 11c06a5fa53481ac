package dev.sluice.it.flush;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * Unlinks that happen outside a session, or after a move, still reach the flush: orphans are
 * deleted (or never inserted), moved children leave their old parent.
 */
class UnlinkTrackingTest {
  // test_cascade.py O2MCascadeDeleteOrphanTest.test_remove_pending_from_pending_parent
  @DatabaseTest
  void aPendingChildAddedToAndRemovedFromATransientParentIsNotInserted(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Customer customer = new Customer("jack");
      Order order = new Order("dropped");
      session.add(order);
      customer.orders.add(order); // the customer is not in the session yet
      customer.orders.remove(order);
      session.add(customer);
      assertTrue(session.contains(order));
      session.flush();
      assertFalse(session.contains(order));
      assertEquals(ObjectState.TRANSIENT, session.state(order));
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"orders\""));
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"customers\""));
  }

  @DatabaseTest
  void aChildAddedAgainAfterRemovalFromATransientParentIsInserted(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Customer customer = new Customer("jack");
      Order order = new Order("kept");
      customer.orders.add(order);
      customer.orders.remove(order);
      customer.orders.add(order);
      session.add(customer);
      session.commit();
    }
    assertEquals(List.of("kept"), db.column("SELECT \"description\" FROM \"orders\""));
  }

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_save_update_sends_pending
  @DatabaseTest
  void aChildRemovedFromADetachedParentIsDeletedWhenTheParentComesBack(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    Customer customer = new Customer("jack");
    Order o1 = new Order("o1");
    Order o2 = new Order("o2");
    Order o3 = new Order("o3");
    customer.orders.addAll(List.of(o1, o2));
    try (Session session = factory.openSession()) {
      session.add(customer);
      session.commit();
    }
    customer.orders.add(o3);
    customer.orders.remove(o1);
    try (Session session = factory.openSession()) {
      session.add(customer);
      assertTrue(session.contains(o1), "the removed child comes along, to be deleted");
      assertTrue(session.contains(o2));
      assertTrue(session.contains(o3));
      session.commit();
      assertEquals(ObjectState.DETACHED, session.state(o1));
    }
    assertEquals(List.of("o2", "o3"),
        db.column("SELECT \"description\" FROM \"orders\" ORDER BY \"id\""));
  }

  // test_backref_mutations.py O2MCollectionTest.test_collection_move_preloaded
  @DatabaseTest
  void aChildMovedThroughTheNewParentsCollectionLeavesTheOldOne(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    long[] ids = seed(factory);
    try (Session session = factory.openSession()) {
      Customer jack = session.get(Customer.class, ids[0]);
      Customer ed = session.get(Customer.class, ids[1]);
      Order order = jack.orders.get(0);
      ed.orders.add(order);
      assertSame(ed, order.customer.get());
      assertEquals(List.of(), jack.orders);
      assertEquals(List.of(order), ed.orders);
      session.commit();
      assertEquals(List.of(), jack.orders);
    }
    assertEquals(List.of(ids[1]), db.column("SELECT \"customer_id\" FROM \"orders\"").stream()
        .map(v -> ((Number) v).longValue()).toList());
  }

  @DatabaseTest
  void deletingTheOldParentAfterAMoveKeepsTheMovedChild(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    long[] ids = seed(factory);
    try (Session session = factory.openSession()) {
      Customer jack = session.get(Customer.class, ids[0]);
      Customer ed = session.get(Customer.class, ids[1]);
      ed.orders.add(jack.orders.get(0));
      session.delete(jack);
      session.commit();
    }
    assertEquals(List.of("o1"), db.column("SELECT \"description\" FROM \"orders\""));
    assertEquals(List.of("ed"), db.column("SELECT \"name\" FROM \"customers\""));
  }

  @DatabaseTest
  void aChildMovedAndThenRemovedFromTheNewParentIsAnOrphan(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    long[] ids = seed(factory);
    try (Session session = factory.openSession()) {
      Customer ed = session.get(Customer.class, ids[1]);
      Order order = session.get(Order.class, ids[2]); // its old customer is not loaded
      ed.orders.add(order);
      ed.orders.remove(order);
      session.commit();
      assertEquals(ObjectState.DETACHED, session.state(order));
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"orders\""));
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"customers\""));
  }

  /** Jack with one order, and Ed: their ids and the order's. */
  private static long[] seed(SessionFactory factory) {
    try (Session session = factory.openSession()) {
      Customer jack = new Customer("jack");
      Customer ed = new Customer("ed");
      Order order = new Order("o1");
      jack.orders.add(order);
      session.addAll(List.of(jack, ed));
      session.commit();
      return new long[] {jack.id, ed.id, order.id};
    }
  }
}
