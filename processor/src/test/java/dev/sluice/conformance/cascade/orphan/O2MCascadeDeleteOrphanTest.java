package dev.sluice.conformance.cascade.orphan;

import static dev.sluice.conformance.Tables.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.Tables;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.IntegrityException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** One-to-many collections under "all, delete-orphan": replaced, removed and deleted children. */
class O2MCascadeDeleteOrphanTest {
  private static User jackWithOrders(String... descriptions) {
    User user = new User("jack");
    for (String description : descriptions) {
      user.orders.add(new Order(description));
    }
    return user;
  }

  private static List<Object> orderDescriptions(TestDatabase db) {
    return Tables.column(db, "orders", "description", "id");
  }

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_list_assignment_new
  @DatabaseTest
  void newChildrenOfANewParentAreInsertedWithIt(TestDatabase db) {
    SessionFactory factory = db.create(OrphanSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User user = jackWithOrders("order 1", "order 2");
      session.add(user);
      session.commit();
      assertEquals(List.of("order 1", "order 2"),
          user.orders.stream().map(o -> o.description).toList());
    }
    try (Session session = factory.openSession()) {
      User user = session.query(User.class).one();
      assertEquals("jack", user.name);
      assertEquals(List.of("order 1", "order 2"),
          user.orders.stream().map(o -> o.description).toList());
    }
  }

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_list_assignment_replace
  @DatabaseTest
  void replacingTheCollectionOfAPendingParentDropsTheOldChildren(TestDatabase db) {
    SessionFactory factory = db.create(OrphanSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User user = jackWithOrders("someorder", "someotherorder");
      session.add(user);
      user.orders.set(List.of(new Order("order 3"), new Order("order 4")));
      session.commit();
      assertEquals(List.of("order 3", "order 4"),
          user.orders.stream().map(o -> o.description).toList());
      assertEquals(List.of("order 3", "order 4"), session.query(User.class).one().orders.stream()
          .map(o -> o.description).toList());
    }
    assertEquals(List.of("order 3", "order 4"), orderDescriptions(db));
  }

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_standalone_orphan
  @DatabaseTest
  void aChildWithoutItsRequiredParentFailsAtFlush(TestDatabase db) {
    SessionFactory factory = db.create(OrphanSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new Order("order 5"));
      assertThrows(IntegrityException.class, session::flush);
    }
    assertEquals(0, count(db, "orders"));
  }

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_save_update_sends_pending
  @DatabaseTest
  void addingADetachedParentBringsItsAddedAndRemovedChildren(TestDatabase db) {
    SessionFactory factory = db.create(OrphanSchema_Metadata.INSTANCE);
    User user = jackWithOrders("o1", "o2");
    Order o1 = user.orders.get(0);
    Order o2 = user.orders.get(1);
    Order o3 = new Order("o3");
    try (Session session = factory.openSession()) {
      session.add(user);
      session.commit();
    }
    user.orders.add(o3);
    user.orders.remove(o1);
    try (Session session = factory.openSession()) {
      session.add(user);
      assertTrue(session.contains(o1), "the removed child comes along, to be deleted");
      assertTrue(session.contains(o2));
      assertTrue(session.contains(o3));
      session.commit();
    }
    assertEquals(List.of("o2", "o3"), orderDescriptions(db));
  }

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_remove_pending_from_collection
  @DatabaseTest
  void aPendingChildRemovedFromItsParentLeavesTheSession(TestDatabase db) {
    SessionFactory factory = db.create(OrphanSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User user = new User("jack");
      session.add(user);
      session.commit();
      Order order = new Order();
      user.orders.add(order);
      assertTrue(session.contains(order));
      user.orders.remove(order);
      assertFalse(session.contains(order));
    }
  }

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_remove_pending_from_pending_parent
  @DatabaseTest
  void aPendingOrphanOfATransientParentIsDroppedAtFlush(TestDatabase db) {
    SessionFactory factory = db.create(OrphanSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User user = new User("jack");
      Order order = new Order();
      session.add(order);
      user.orders.add(order); // the parent is not in the session yet
      user.orders.remove(order);
      session.add(user);
      assertTrue(session.contains(order));
      session.flush();
      assertFalse(session.contains(order));
      session.commit();
    }
    assertEquals(0, count(db, "orders"));
    assertEquals(1, count(db, "users"));
  }

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_delete
  @DatabaseTest
  void deletingTheParentDeletesItsChildren(TestDatabase db) {
    SessionFactory factory = db.create(OrphanSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User user = jackWithOrders("someorder", "someotherorder");
      session.add(user);
      session.flush();
      session.delete(user);
      session.flush();
      assertEquals(0L, session.handle().createQuery("SELECT COUNT(*) FROM \"users\"")
          .mapTo(Long.class).one());
      assertEquals(0L, session.handle().createQuery("SELECT COUNT(*) FROM \"orders\"")
          .mapTo(Long.class).one());
      session.commit();
    }
  }

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_delete_unloaded_collections
  @DatabaseTest
  void unloadedCollectionsAreStillCascadedOnDelete(TestDatabase db) {
    SessionFactory factory = db.create(OrphanSchema_Metadata.INSTANCE);
    Long id;
    try (Session session = factory.openSession()) {
      User user = new User("jack");
      user.addresses.addAll(List.of(new Address("address1"), new Address("address2")));
      session.add(user);
      session.flush();
      id = user.id;
      session.expungeAll();
      User loaded = session.get(User.class, id);
      assertFalse(loaded.addresses.isLoaded());
      session.delete(loaded);
      session.flush();
      session.commit();
    }
    assertEquals(0, count(db, "addresses"));
    assertEquals(0, count(db, "users"));
  }

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_cascades_onlycollection
  @DatabaseTest
  void theDeleteCascadeReachesOnlyChildrenStillInTheCollection(TestDatabase db) {
    SessionFactory factory = db.create(OrphanSchema_Metadata.INSTANCE).withAutoflush(false);
    try (Session session = factory.openSession()) {
      User user = jackWithOrders("someorder", "someotherorder");
      session.add(user);
      session.flush();
      Order order = user.orders.remove(0);
      session.delete(user);
      assertTrue(session.deletedObjects().contains(user));
      assertFalse(session.deletedObjects().contains(order));
      assertTrue(session.contains(order));
      User newUser = new User("newuser");
      newUser.orders.add(order);
      session.add(newUser);
      session.flush();
      session.commit();
    }
    assertEquals(1, count(db, "users"));
    assertEquals(1, count(db, "orders"));
    try (Session session = factory.openSession()) {
      User user = session.query(User.class).one();
      assertEquals("newuser", user.name);
      assertEquals(List.of("someorder"), user.orders.stream().map(o -> o.description).toList());
    }
  }

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_cascade_nosideeffects
  @DatabaseTest
  void aManyToOneLoadsFromAForeignKeySetByHand(TestDatabase db) {
    SessionFactory factory = db.create(OrphanSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User user = new User("jack");
      session.add(user);
      session.flush();
      Address address = new Address("foo@bar.com");
      session.add(address);
      address.user.set(user);
      session.flush();
      Dingaling dingaling = new Dingaling("d1");
      dingaling.addressId = address.id;
      session.add(dingaling);
      session.flush();
      assertSame(address, dingaling.address.get());
    }
  }

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_cascade_delete_plusorphans
  @DatabaseTest
  void anOrphanOfAParentDeletedInTheSameFlushIsDeleted(TestDatabase db) {
    SessionFactory factory = db.create(OrphanSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User user = jackWithOrders("someorder", "someotherorder");
      session.add(user);
      session.flush();
      assertEquals(2, session.handle().createQuery("SELECT COUNT(*) FROM \"orders\"")
          .mapTo(Long.class).one());
      user.orders.remove(0);
      session.delete(user);
      session.flush();
      session.commit();
    }
    assertEquals(0, count(db, "users"));
    assertEquals(0, count(db, "orders"));
  }

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_collection_orphans
  @DatabaseTest
  void clearingTheCollectionDeletesEveryChild(TestDatabase db) {
    SessionFactory factory = db.create(OrphanSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User user = jackWithOrders("someorder", "someotherorder");
      session.add(user);
      session.flush();
      user.orders.clear();
      session.flush();
      session.commit();
    }
    assertEquals(1, count(db, "users"));
    assertEquals(0, count(db, "orders"));
  }
}
