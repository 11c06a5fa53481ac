package dev.sluice.it.flush;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** Children unlinked from a parent that the same flush deletes are orphans, deleted with it. */
class OrphanOfDeletedParentTest {
  private static Customer customerWith(String... descriptions) {
    Customer customer = new Customer("jack");
    for (String description : descriptions) {
      customer.orders.add(new Order(description));
    }
    return customer;
  }

  // test_cascade.py O2MCascadeDeleteOrphanTest.test_cascade_delete_plusorphans
  @DatabaseTest
  void aChildRemovedBeforeItsParentIsDeletedIsDeletedToo(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Customer customer = customerWith("someorder", "someotherorder");
      session.add(customer);
      session.flush();
      Order removed = customer.orders.remove(0);
      session.delete(customer);
      session.flush();
      assertEquals(0, db.statements("UPDATE").size(), "no order is nullified");
      assertEquals(ObjectState.DELETED, session.state(removed), "deleted until the commit");
      session.commit();
      assertEquals(ObjectState.DETACHED, session.state(removed));
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"customers\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"orders\""));
  }

  @DatabaseTest
  void removingEveryChildThenDeletingTheParentDeletesThemAll(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    Long id;
    try (Session session = factory.openSession()) {
      Customer customer = customerWith("a", "b", "c");
      session.add(customer);
      session.commit();
      id = customer.id;
    }
    try (Session session = factory.openSession()) {
      Customer customer = session.get(Customer.class, id);
      customer.orders.clear();
      session.delete(customer);
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"customers\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"orders\""));
  }

  @DatabaseTest
  void aChildMovedToAnotherParentSurvivesTheOldParentsDelete(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Customer jack = customerWith("kept", "moved");
      Customer ed = new Customer("ed");
      session.addAll(List.of(jack, ed));
      session.commit();
      Order moved = jack.orders.get(1);
      jack.orders.remove(moved);
      ed.orders.add(moved);
      session.delete(jack);
      session.commit();
    }
    assertEquals(List.of("moved"), db.column("SELECT \"description\" FROM \"orders\""));
  }

  // test_cascade.py M2OCascadeDeleteOrphanTestTwo.test_deletes_orphans_twolevel
  @DatabaseTest
  void anOrphanTwoLevelsBelowADeletedObjectIsDeleted(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Tier1 x = chain();
      session.add(x);
      session.flush();
      x.t2.get().t3.set(null);
      session.delete(x);
      session.flush();
      session.commit();
    }
    assertEquals(List.of(0L, 0L, 0L), counts(db));
  }

  // test_cascade.py M2OCascadeDeleteOrphanTestTwo.test_deletes_orphans_onelevel
  @DatabaseTest
  void anOrphanOneLevelBelowADeletedObjectIsDeletedWithWhatItOwns(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Tier1 x = chain();
      session.add(x);
      session.flush();
      x.t2.set(null);
      session.delete(x);
      session.flush();
      session.commit();
    }
    assertEquals(List.of(0L, 0L, 0L), counts(db));
  }

  // test_cascade.py M2OCascadeDeleteOrphanTestTwo.test_finds_orphans_twolevel
  @DatabaseTest
  void anOrphanTwoLevelsDownIsFoundWithoutAnyDelete(TestDatabase db) {
    SessionFactory factory = db.create(FlushSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Tier1 x = chain();
      session.add(x);
      session.flush();
      x.t2.get().t3.set(null);
      session.flush();
      session.commit();
    }
    assertEquals(List.of(1L, 1L, 0L), counts(db));
  }

  private static Tier1 chain() {
    Tier1 x = new Tier1("t1a");
    Tier2 t2 = new Tier2("t2a");
    t2.t3.set(new Tier3("t3a"));
    x.t2.set(t2);
    return x;
  }

  private static List<Long> counts(TestDatabase db) {
    return List.of(db.number("SELECT COUNT(*) FROM \"t1\""),
        db.number("SELECT COUNT(*) FROM \"t2\""), db.number("SELECT COUNT(*) FROM \"t3\""));
  }
}
