package dev.sluice.conformance.backref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.backref.BackrefModel.Address;
import dev.sluice.conformance.backref.BackrefModel.User;
import dev.sluice.conformance.Rows;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.Collections;
import java.util.List;

/**
 * test_backref_mutations.py O2MCollectionTest and O2MStaleBackrefTest: moving addresses between
 * users through the collection and through the backref. SQLAlchemy expires everything at
 * commit; Sluice does not, so "after commit, not loaded" is replayed by reading the objects in a
 * new session.
 */
class O2MCollectionTest {
  /** Writes jack with the given addresses and ed; returns their ids (jack, ed, addresses…). */
  private static List<Long> seed(SessionFactory factory, String... emails) {
    try (Session session = factory.openSession()) {
      User jack = new User("jack");
      for (String email : emails) {
        jack.addresses.add(new Address(email));
      }
      User ed = new User("ed");
      session.add(jack);
      session.add(ed);
      session.commit();
      List<Long> ids = new java.util.ArrayList<>(List.of(jack.id, ed.id));
      jack.addresses.forEach(a -> ids.add(a.id));
      return ids;
    }
  }

  // test_backref_mutations.py O2MCollectionTest.test_collection_move_hitslazy
  // differs: SQLAlchemy queues the appends without SQL; a Sluice collection
  // holds each member once, so the first append loads it (one SELECT), and no more.
  @DatabaseTest
  void appendingToAnUnloadedCollectionLoadsIt(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    List<Long> ids = seed(factory, "address1", "address2", "address3");
    try (Session session = factory.openSession()) {
      User ed = session.get(User.class, ids.get(1));
      Address a1 = session.get(Address.class, ids.get(2));
      Address a2 = session.get(Address.class, ids.get(3));
      Address a3 = session.get(Address.class, ids.get(4));
      session.get(User.class, ids.get(0));
      db.clearStatements();
      ed.addresses.add(a1);
      ed.addresses.add(a2);
      ed.addresses.add(a3);
      assertEquals(1, db.statements("SELECT").size(), db.statements().toString());
      assertEquals(List.of(a1, a2, a3), ed.addresses);
      assertSame(ed, a3.user.get());
    }
  }

  // test_backref_mutations.py O2MCollectionTest.test_collection_move_preloaded
  @DatabaseTest
  void collectionMovePreloaded(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    List<Long> ids = seed(factory, "address1");
    try (Session session = factory.openSession()) {
      User jack = session.get(User.class, ids.get(0));
      User ed = session.get(User.class, ids.get(1));
      Address a1 = session.get(Address.class, ids.get(2));
      assertEquals(1, jack.addresses.size());
      ed.addresses.add(a1);
      assertSame(ed, a1.user.get());
      assertFalse(jack.addresses.contains(a1));
      assertTrue(ed.addresses.contains(a1));
    }
  }

  // test_backref_mutations.py O2MCollectionTest.test_collection_move_notloaded
  @DatabaseTest
  void collectionMoveNotLoaded(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    List<Long> ids = seed(factory, "address1");
    try (Session session = factory.openSession()) {
      User jack = session.get(User.class, ids.get(0));
      User ed = session.get(User.class, ids.get(1));
      Address a1 = session.get(Address.class, ids.get(2));
      ed.addresses.add(a1);
      assertSame(ed, a1.user.get());
      assertFalse(jack.addresses.contains(a1));
      assertTrue(ed.addresses.contains(a1));
    }
  }

  // test_backref_mutations.py O2MCollectionTest.test_collection_move_commitfirst
  @DatabaseTest
  void collectionMoveCommitFirst(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    List<Long> ids = seed(factory, "address1");
    try (Session session = factory.openSession()) {
      User jack = session.get(User.class, ids.get(0));
      User ed = session.get(User.class, ids.get(1));
      Address a1 = session.get(Address.class, ids.get(2));
      assertEquals(1, jack.addresses.size());
      ed.addresses.add(a1);
      assertSame(ed, a1.user.get());
      session.commit();
      assertFalse(jack.addresses.contains(a1));
      assertTrue(ed.addresses.contains(a1));
    }
    assertEquals(List.of(ids.get(1)), Rows.longs(db, "SELECT \"user_id\" FROM \"addresses\""));
  }

  // test_backref_mutations.py O2MCollectionTest.test_scalar_move_preloaded
  @DatabaseTest
  void scalarMovePreloaded(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    List<Long> ids = seed(factory, "a1");
    try (Session session = factory.openSession()) {
      User jack = session.get(User.class, ids.get(0));
      User ed = session.get(User.class, ids.get(1));
      Address a1 = session.get(Address.class, ids.get(2));
      assertEquals(1, jack.addresses.size());
      a1.user.set(ed);
      assertFalse(jack.addresses.contains(a1));
      assertTrue(ed.addresses.contains(a1));
    }
  }

  // test_backref_mutations.py O2MCollectionTest.test_plain_load_passive
  @DatabaseTest
  void settingTheManyToOneLoadsNoOldValue(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    List<Long> ids = seed(factory, "a1");
    try (Session session = factory.openSession()) {
      User jack = session.get(User.class, ids.get(0));
      User ed = session.get(User.class, ids.get(1));
      Address a1 = session.get(Address.class, ids.get(2));
      db.clearStatements();
      a1.user.set(ed);
      assertEquals(List.of(), db.statements());
      assertFalse(jack.addresses.contains(a1));
      assertTrue(ed.addresses.contains(a1));
    }
  }

  // test_backref_mutations.py O2MCollectionTest.test_set_none
  @DatabaseTest
  void setNone(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    List<Long> ids = seed(factory, "a1");
    try (Session session = factory.openSession()) {
      User jack = session.get(User.class, ids.get(0));
      Address a1 = session.get(Address.class, ids.get(2));
      db.clearStatements();
      a1.user.set(null);
      assertEquals(List.of(), db.statements());
      assertFalse(jack.addresses.contains(a1));
    }
  }

  // test_backref_mutations.py O2MCollectionTest.test_scalar_move_notloaded
  @DatabaseTest
  void scalarMoveNotLoaded(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    List<Long> ids = seed(factory, "a1");
    try (Session session = factory.openSession()) {
      User jack = session.get(User.class, ids.get(0));
      User ed = session.get(User.class, ids.get(1));
      Address a1 = session.get(Address.class, ids.get(2));
      a1.user.set(ed);
      assertFalse(jack.addresses.contains(a1));
      assertTrue(ed.addresses.contains(a1));
    }
  }

  // test_backref_mutations.py O2MCollectionTest.test_scalar_move_commitfirst
  @DatabaseTest
  void scalarMoveCommitFirst(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    List<Long> ids = seed(factory, "a1");
    try (Session session = factory.openSession()) {
      User jack = session.get(User.class, ids.get(0));
      User ed = session.get(User.class, ids.get(1));
      Address a1 = session.get(Address.class, ids.get(2));
      assertEquals(1, jack.addresses.size());
      a1.user.set(ed);
      session.commit();
      assertFalse(jack.addresses.contains(a1));
      assertTrue(ed.addresses.contains(a1));
    }
    assertEquals(List.of(ids.get(1)), Rows.longs(db, "SELECT \"user_id\" FROM \"addresses\""));
  }

  // test_backref_mutations.py O2MCollectionTest.test_collection_assignment_mutates_previous_one
  @DatabaseTest
  void collectionAssignmentMutatesPreviousOne(TestDatabase db) {
    User jack = new User("jack");
    User ed = new User("ed");
    Address a1 = new Address("a1");
    jack.addresses.add(a1);
    assertSame(jack, a1.user.get());
    ed.addresses.set(List.of(a1));
    assertEquals(List.of(), jack.addresses);
    assertSame(ed, a1.user.get());
  }

  // test_backref_mutations.py O2MCollectionTest.test_collection_assignment_mutates_previous_two
  @DatabaseTest
  void collectionAssignmentMutatesPreviousTwo(TestDatabase db) {
    User jack = new User("jack");
    Address a1 = new Address("a1");
    jack.addresses.add(a1);
    assertSame(jack, a1.user.get());
    jack.addresses.set(List.of());
    assertNull(a1.user.get());
  }

  // test_backref_mutations.py O2MCollectionTest.test_del_from_collection
  @DatabaseTest
  void delFromCollection(TestDatabase db) {
    User jack = new User("jack");
    Address a1 = new Address("a1");
    jack.addresses.add(a1);
    assertSame(jack, a1.user.get());
    jack.addresses.remove(0);
    assertNull(a1.user.get());
  }

  // test_backref_mutations.py O2MCollectionTest.test_del_from_scalar
  @DatabaseTest
  void delFromScalar(TestDatabase db) {
    User jack = new User("jack");
    Address a1 = new Address("a1");
    jack.addresses.add(a1);
    assertSame(jack, a1.user.get());
    a1.user.clear();
    assertFalse(jack.addresses.contains(a1));
  }

  // test_backref_mutations.py O2MCollectionTest.test_tuple_assignment_w_reverse
  @DatabaseTest
  void swappingTwoMembersKeepsBoth(TestDatabase db) {
    User u1 = new User();
    Address a1 = new Address("1");
    Address a2 = new Address("2");
    Address a3 = new Address("3");
    u1.addresses.addAll(List.of(a1, a2, a3));
    Collections.swap(u1.addresses, 1, 2);
    assertSame(u1, a3.user.get());
    assertSame(u1, a2.user.get());
    assertEquals(List.of(a1, a3, a2), u1.addresses);
  }

  // test_backref_mutations.py O2MCollectionTest.test_straight_remove
  @DatabaseTest
  void straightRemove(TestDatabase db) {
    User u1 = new User();
    Address a1 = new Address("1");
    Address a2 = new Address("2");
    Address a3 = new Address("3");
    u1.addresses.addAll(List.of(a1, a2, a3));
    u1.addresses.remove(2);
    assertNull(a3.user.get());
    assertEquals(List.of(a1, a2), u1.addresses);
  }

  // test_backref_mutations.py O2MCollectionTest.test_append_del
  // differs: a Sluice collection holds each member once (a row belongs to
  // its parent once), so appending a2 again is a no-op and removing index 1 removes it;
  // SQLAlchemy's list holds a2 twice and keeps one.
  @DatabaseTest
  void appendingAMemberAgainChangesNothing(TestDatabase db) {
    User u1 = new User();
    Address a1 = new Address("1");
    Address a2 = new Address("2");
    Address a3 = new Address("3");
    u1.addresses.addAll(List.of(a1, a2, a3));
    assertFalse(u1.addresses.add(a2));
    assertEquals(List.of(a1, a2, a3), u1.addresses);
    u1.addresses.remove(1);
    assertNull(a2.user.get());
    assertEquals(List.of(a1, a3), u1.addresses);
  }

  // test_backref_mutations.py O2MCollectionTest.test_bulk_replace
  // differs: in the duplicates only: the replacement [a1, a2, a1] holds a1 once.
  @DatabaseTest
  void bulkReplaceUnlinksWhatIsLeftOut(TestDatabase db) {
    User u1 = new User();
    Address a1 = new Address("1");
    Address a2 = new Address("2");
    Address a3 = new Address("3");
    u1.addresses.addAll(List.of(a1, a2, a3, a3));
    assertSame(u1, a3.user.get());
    u1.addresses.set(List.of(a1, a2, a1));
    assertNull(a3.user.get());
    assertEquals(List.of(a1, a2), u1.addresses);
  }

  // test_backref_mutations.py O2MStaleBackrefTest.test_backref_pop_m2o
  @DatabaseTest
  void backrefPopManyToOne(TestDatabase db) {
    User u1 = new User();
    User u2 = new User();
    Address a1 = new Address();
    u1.addresses.add(a1);
    u2.addresses.add(a1);
    assertFalse(u1.addresses.contains(a1));
    assertSame(u2, a1.user.get());
    assertTrue(u2.addresses.contains(a1));
  }
}
