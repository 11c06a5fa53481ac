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
 * A row switch: deleting an object and adding a new one with its key in one flush updates the
 * row instead of deleting and inserting it (as SQLAlchemy does); the deleted object's cascades
 * still run, so its children go, and the new object's children are inserted.
 */
class RowSwitchTest {
  private static Long stored(SessionFactory factory) {
    try (Session session = factory.openSession()) {
      Customer customer = new Customer("jack");
      customer.orders.add(new Order("old-1"));
      customer.orders.add(new Order("old-2"));
      session.add(customer);
      session.commit();
      return customer.id;
    }
  }

  private static void assertSwitched(TestDatabase db) {
    assertEquals(List.of("jill"), db.column("SELECT \"name\" FROM \"customers\""));
    assertEquals(List.of("new"), db.column("SELECT \"description\" FROM \"orders\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"orders\" WHERE \"customer_id\" <> "
        + "(SELECT \"id\" FROM \"customers\")"));
  }

  @DatabaseTest
  void aNewObjectWithADeletedObjectsKeyTakesOverItsRow(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    Long id = stored(factory);
    try (Session session = factory.openSession()) {
      Customer old = session.get(Customer.class, id);
      session.delete(old);
      Customer replacement = new Customer("jill");
      replacement.id = id;
      replacement.orders.add(new Order("new"));
      session.add(replacement);
      db.clearStatements();
      session.flush();
      List<String> writes = db.writes();
      assertFalse(writes.contains("INSERT customers"), writes::toString);
      assertFalse(writes.contains("DELETE customers"), writes::toString);
      assertTrue(writes.contains("UPDATE customers"), writes::toString);
      assertEquals(ObjectState.DELETED, session.state(old));
      assertEquals(ObjectState.PERSISTENT, session.state(replacement));
      assertSame(replacement, session.get(Customer.class, id));
      session.commit();
      assertEquals(ObjectState.DETACHED, session.state(old));
    }
    assertSwitched(db);
  }

  @DatabaseTest
  void theDeletedObjectsLoadedChildrenAreDeletedAndItLeavesTheirReferences(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    Long id = stored(factory);
    try (Session session = factory.openSession()) {
      Customer old = session.get(Customer.class, id);
      List<Order> oldOrders = List.copyOf(old.orders);
      session.delete(old);
      Customer replacement = new Customer("jill");
      replacement.id = id;
      replacement.orders.add(new Order("new"));
      session.add(replacement);
      session.commit();
      for (Order order : oldOrders) {
        assertEquals(ObjectState.DETACHED, session.state(order));
      }
      assertEquals(1, replacement.orders.size());
    }
    assertSwitched(db);
  }

  @DatabaseTest
  void aRolledBackRowSwitchBringsTheDeletedObjectBack(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    Long id = stored(factory);
    try (Session session = factory.openSession()) {
      Customer old = session.get(Customer.class, id);
      session.delete(old);
      Customer replacement = new Customer("jill");
      replacement.id = id;
      session.add(replacement);
      session.flush();
      session.rollback();
      assertEquals(ObjectState.PERSISTENT, session.state(old));
      assertEquals(ObjectState.TRANSIENT, session.state(replacement));
      assertSame(old, session.get(Customer.class, id));
      assertEquals("jack", old.name);
      assertEquals(2, old.orders.size());
    }
    assertEquals(List.of("jack"), db.column("SELECT \"name\" FROM \"customers\""));
  }
}
