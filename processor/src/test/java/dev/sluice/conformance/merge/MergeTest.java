package dev.sluice.conformance.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.Rows;
import dev.sluice.conformance.merge.MergeModel.Address;
import dev.sluice.conformance.merge.MergeModel.Bug;
import dev.sluice.conformance.merge.MergeModel.Item;
import dev.sluice.conformance.merge.MergeModel.MAddress;
import dev.sluice.conformance.merge.MergeModel.NAddress;
import dev.sluice.conformance.merge.MergeModel.OAddress;
import dev.sluice.conformance.merge.MergeModel.OUser;
import dev.sluice.conformance.merge.MergeModel.OneAddress;
import dev.sluice.conformance.merge.MergeModel.OneUser;
import dev.sluice.conformance.merge.MergeModel.Order;
import dev.sluice.conformance.merge.MergeModel.Rock;
import dev.sluice.conformance.merge.MergeModel.User;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** test_merge.py MergeTest and LoadOnPendingTest: copying objects into a session. */
class MergeTest {
  private static List<String> emails(List<? extends Object> addresses) {
    return addresses.stream().map(a -> a instanceof Address x ? x.emailAddress
        : ((OAddress) a).emailAddress).toList();
  }

  // test_merge.py MergeTest.test_transient_to_pending
  @DatabaseTest
  void transientToPending(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u = new User(7L, "fred");
      User u2 = session.merge(u);
      assertNotSame(u, u2);
      assertEquals(ObjectState.PENDING, session.state(u2));
      assertEquals(7L, u2.id);
      assertEquals("fred", u2.name);
      session.flush();
      session.expungeAll();
      User found = session.query(User.class).first().orElseThrow();
      assertEquals(7L, found.id);
      assertEquals("fred", found.name);
    }
  }

  // test_merge.py MergeTest.test_transient_to_pending_no_pk
  @DatabaseTest
  void transientWithoutKeyMergesWithoutSql(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u = new User(null, "fred");
      db.clearStatements();
      session.merge(u);
      assertEquals(List.of(), db.statements());
    }
  }

  // test_merge.py MergeTest.test_transient_to_pending_collection
  @DatabaseTest
  void transientToPendingCollection(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u = new User(7L, "fred");
      u.addresses.add(new Address(1L, "fred1"));
      u.addresses.add(new Address(2L, "fred2"));
      User merged = session.merge(u);
      List<Object> users = session.newObjects().stream().filter(o -> o instanceof User).toList();
      assertEquals(List.of(merged), users);
      assertNotSame(u, merged);
      session.flush();
      session.expungeAll();
      User found = session.query(User.class).one();
      assertEquals(7L, found.id);
      assertEquals(List.of("fred1", "fred2"), emails(found.addresses));
      assertEquals(List.of(1L, 2L), found.addresses.stream().map(a -> a.id).toList());
    }
  }

  // test_merge.py MergeTest.test_transient_non_mutated_collection
  @DatabaseTest
  void mergingAnUntouchedEmptyCollectionKeepsTheStoredOne(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u = new User(7L, "fred");
      u.addresses.add(new Address(1L, "jack@bean.com"));
      session.add(u);
      session.commit();
    }
    try (Session session = factory.openSession()) {
      User u = new User(7L, "fred");
      assertEquals(List.of(), u.addresses);
      User u2 = session.merge(u);
      assertEquals(List.of("jack@bean.com"), emails(u2.addresses));
      session.commit();
    }
    assertEquals(List.of(7L), Rows.longs(db, "SELECT \"user_id\" FROM \"addresses\""));
  }

  // test_merge.py MergeTest.test_transient_to_pending_collection_pk_none
  @DatabaseTest
  void transientToPendingCollectionWithoutKeys(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u = new User(null, "fred");
      u.addresses.add(new Address(null, "fred1"));
      u.addresses.add(new Address(null, "fred2"));
      User merged = session.merge(u);
      List<Object> users = session.newObjects().stream().filter(o -> o instanceof User).toList();
      assertEquals(List.of(merged), users);
      assertNotSame(u, merged);
      session.flush();
      session.expungeAll();
      User found = session.query(User.class).one();
      assertEquals("fred", found.name);
      assertEquals(List.of("fred1", "fred2"), emails(found.addresses));
    }
  }

  // test_merge.py MergeTest.test_transient_to_persistent
  @DatabaseTest
  void transientToPersistent(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new User(7L, "fred"));
      session.flush();
      session.expungeAll();
      User copy = new User(7L, "fred jones");
      User u2 = session.merge(copy);
      assertNotSame(copy, u2);
      session.flush();
      session.expungeAll();
      assertEquals("fred jones", session.query(User.class).first().orElseThrow().name);
    }
  }

  // test_merge.py MergeTest.test_transient_to_persistent_collection
  @DatabaseTest
  void transientToPersistentCollectionReplacesTheChildren(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      OUser u = new OUser(7L, "fred");
      u.addresses.add(new OAddress(1L, "fred1"));
      u.addresses.add(new OAddress(2L, "fred2"));
      session.add(u);
      session.flush();
      session.expungeAll();

      OUser copy = new OUser(7L, "fred");
      copy.addresses.add(new OAddress(3L, "fred3"));
      copy.addresses.add(new OAddress(4L, "fred4"));
      OUser merged = session.merge(copy);
      assertEquals(List.of("fred3", "fred4"), emails(merged.addresses));
      session.flush();
      session.expungeAll();
      OUser found = session.query(OUser.class).one();
      assertEquals(List.of("fred3", "fred4"), emails(found.addresses));
      assertEquals(List.of(3L, 4L), found.addresses.stream().map(a -> a.id).toList());
      session.commit();
    }
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"o_addresses\""));
  }

  // test_merge.py MergeTest.test_detached_to_persistent_collection
  @DatabaseTest
  void detachedToPersistentCollection(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Address a = new Address(1L, "fred1");
      User u = new User(7L, "fred");
      u.addresses.add(a);
      u.addresses.add(new Address(2L, "fred2"));
      session.add(u);
      session.flush();
      session.expungeAll();

      u.name = "fred jones";
      u.addresses.add(new Address(3L, "fred3"));
      u.addresses.remove(a);
      session.merge(u);
      session.flush();
      session.expungeAll();
      User found = session.query(User.class).first().orElseThrow();
      assertEquals("fred jones", found.name);
      assertEquals(List.of("fred2", "fred3"), emails(found.addresses));
    }
  }

  // test_merge.py MergeTest.test_unsaved_cascade
  @DatabaseTest
  void unsavedCascade(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      OUser u = new OUser(7L, "fred");
      u.addresses.add(new OAddress(null, "foo@bar.com"));
      u.addresses.add(new OAddress(null, "hoho@bar.com"));
      OUser u2 = session.merge(u);
      assertEquals(List.of("foo@bar.com", "hoho@bar.com"), emails(u.addresses));
      assertEquals(List.of("foo@bar.com", "hoho@bar.com"), emails(u2.addresses));
      assertEquals("fred", u2.name);
      session.flush();
      session.expungeAll();
      OUser found = session.get(OUser.class, 7L);
      assertEquals("fred", found.name);
      assertEquals(List.of("foo@bar.com", "hoho@bar.com"), emails(found.addresses));
    }
  }

  // test_merge.py MergeTest.test_merge_empty_attributes
  // differs: a Java field has no "never set" state, so merging User(id=2)
  // copies its null name over the stored "foo", where SQLAlchemy leaves an attribute that
  // was never set alone. Merge a loaded copy, or set every field, to keep values.
  @DatabaseTest
  void mergeCopiesNullColumnsToo(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE).withAutoflush(false);
    try (Session session = factory.openSession()) {
      User u1 = session.merge(new User(1L, null));
      session.flush();
      assertNull(u1.name);

      session.add(new User(2L, "foo"));
      session.flush();
      User u3 = session.merge(new User(2L, null));
      assertNull(u3.name);
      u3.name = "bar";
      session.flush();
      assertEquals("bar", u3.name);
    }
  }

  // test_merge.py MergeTest.test_attribute_cascade
  @DatabaseTest
  void attributeCascade(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    User u = new User(7L, "fred");
    try (Session session = factory.openSession()) {
      u.addresses.add(new Address(null, "foo@bar.com"));
      u.addresses.add(new Address(null, "hoho@la.com"));
      session.add(u);
      session.commit();
    }
    try (Session sess2 = factory.openSession()) {
      User u2 = sess2.get(User.class, 7L);
      assertEquals("fred", u2.name);
      assertEquals(List.of("foo@bar.com", "hoho@la.com"), emails(u2.addresses));
    }
    u.name = "fred2";
    u.addresses.get(1).emailAddress = "hoho@lalala.com";
    try (Session sess3 = factory.openSession()) {
      User u3 = sess3.merge(u);
      assertEquals("fred2", u3.name);
      assertEquals(List.of("foo@bar.com", "hoho@lalala.com"), emails(u3.addresses));
      sess3.commit();
    }
    try (Session session = factory.openSession()) {
      User saved = session.get(User.class, 7L);
      assertEquals("fred2", saved.name);
      assertEquals(List.of("foo@bar.com", "hoho@lalala.com"), emails(saved.addresses));
      u = saved;
    }
    try (Session sess4 = factory.openSession()) {
      User merged = sess4.merge(u);
      assertFalse(merged.addresses.isEmpty());
      for (Address a : merged.addresses) {
        assertSame(merged, a.user.get());
      }
      db.clearStatements();
      sess4.flush();
      assertEquals(List.of(), db.writes(), "nothing changed, so the flush writes nothing");
      sess4.commit();
    }
  }

  // test_merge.py MergeTest.test_no_relationship_cascade
  @DatabaseTest
  void noRelationshipCascade(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u1 = new User(null, "fred");
      NAddress a1 = new NAddress(null, "asdf");
      a1.user.set(u1);
      session.add(a1);
      session.flush();

      NAddress copy = new NAddress(a1.id, "bar");
      copy.user.set(new User(null, "hoho"));
      NAddress a2 = session.merge(copy);
      session.flush();
      assertSame(u1, a2.user.get());
      assertEquals("bar", a2.emailAddress);
      assertEquals(List.of("fred"), session.query(User.class).list().stream()
          .map(x -> x.name).toList());
    }
  }

  // test_merge.py MergeTest.test_one_to_many_cascade
  @DatabaseTest
  void oneToManyCascade(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    User u = new User(null, "fred");
    try (Session session = factory.openSession()) {
      u.addresses.add(new Address(null, "foo@bar"));
      u.addresses.add(new Address(null, "foo@quux"));
      session.add(u);
      session.commit();
    }
    try (Session sess2 = factory.openSession()) {
      User u2 = sess2.get(User.class, u.id);
      u.addresses.get(1).emailAddress = "addr 2 modified";
      sess2.merge(u);
      assertEquals("addr 2 modified", u2.addresses.get(1).emailAddress);
    }
    try (Session sess3 = factory.openSession()) {
      User u3 = sess3.get(User.class, u.id);
      u.name = "also fred";
      sess3.merge(u);
      assertEquals("also fred", u3.name);
    }
  }

  // test_merge.py MergeTest.test_many_to_one_cascade
  @DatabaseTest
  void manyToOneCascade(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      User u1 = new User(1L, "u1");
      MAddress a1 = new MAddress(1L, "a1");
      a1.user.set(u1);
      User u2 = new User(2L, "u2");
      sess.addAll(List.of(a1, u2));
      sess.commit();
      a1.user.set(u2);
      try (Session sess2 = factory.openSession()) {
        MAddress a2 = sess2.merge(a1);
        assertEquals(2L, a2.user.get().id);
        assertSame(sess2.get(User.class, 2L), a2.user.get());
        assertTrue(sess2.dirtyObjects().contains(a2));
        sess2.commit();
      }
    }
    assertEquals(List.of(2L), Rows.longs(db, "SELECT \"user_id\" FROM \"m_addresses\""));
  }

  // test_merge.py MergeTest.test_many_to_many_cascade
  @DatabaseTest
  void manyToManyCascade(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    Order o = new Order("order description");
    try (Session sess = factory.openSession()) {
      o.items.add(new Item("item 1"));
      o.items.add(new Item("item 2"));
      sess.add(o);
      sess.commit();
    }
    try (Session sess2 = factory.openSession()) {
      Order o2 = sess2.get(Order.class, o.id);
      o.items.get(1).description = "item 2 modified";
      sess2.merge(o);
      assertEquals("item 2 modified", o2.items.get(1).description);
    }
    try (Session sess3 = factory.openSession()) {
      Order o3 = sess3.get(Order.class, o.id);
      o.description = "desc modified";
      sess3.merge(o);
      assertEquals("desc modified", o3.description);
    }
  }

  // test_merge.py MergeTest.test_one_to_one_cascade
  @DatabaseTest
  void oneToOneCascade(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      OneUser u = new OneUser(7L, "fred");
      OneAddress a1 = new OneAddress(null, "foo@bar.com");
      u.address.set(a1);
      sess.add(u);
      sess.commit();
      try (Session sess2 = factory.openSession()) {
        OneUser u2 = sess2.get(OneUser.class, 7L);
        u2.name = "fred2";
        u2.address.get().emailAddress = "hoho@lalala.com";
        OneUser u3 = sess.merge(u2);
        assertSame(u, u3);
        assertEquals("fred2", u.name);
        assertEquals("hoho@lalala.com", a1.emailAddress);
      }
    }
  }

  // test_merge.py MergeTest.test_value_to_none
  @DatabaseTest
  void valueToNone(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      OneUser u = new OneUser(7L, "fred");
      u.address.set(new OneAddress(1L, "foo@bar.com"));
      sess.add(u);
      sess.commit();
    }
    try (Session sess = factory.openSession()) {
      OneUser u2 = new OneUser(7L, null);
      u2.address.set(null);
      OneUser u3 = sess.merge(u2);
      assertNull(u3.name);
      assertNull(u3.address.get());
    }
    try (Session sess = factory.openSession()) {
      OneAddress a1 = new OneAddress(1L, null);
      a1.user.set(null);
      OneAddress a2 = sess.merge(a1);
      assertNull(a2.user.get());
    }
  }

  // test_merge.py MergeTest.test_cascade_doesnt_blowaway_manytoone
  @DatabaseTest
  void cascadeDoesNotBlowAwayManyToOne(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session s = factory.openSession()) {
      Address a1 = new Address(null, "x");
      a1.user.set(s.merge(new User(1L, "ed")));
      s.add(a1);
      User before = a1.user.get();
      Address a2 = new Address(null, "x");
      a2.user.set(s.merge(new User(1L, "jack")));
      s.add(a2);
      assertSame(before, a2.user.get());
      assertSame(before, a1.user.get());
    }
  }

  @DatabaseTest
  void aKeyMergedTwiceLandsOnOneInstance(TestDatabase db) {
    // test_merge.py MergeTest.test_cascade_doesnt_blowaway_manytoone, the part without a
    // collection: as SQLAlchemy, merge() flushes pending changes before it merges, so the
    // second copy of user 1 finds the first (otherwise two pending users 1 would be inserted).
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session s = factory.openSession()) {
      User ed = s.merge(new User(1L, "ed"));
      User jack = s.merge(new User(1L, "jack"));
      assertSame(ed, jack);
      assertEquals("jack", ed.name);
      s.commit();
    }
    assertEquals(List.of("jack"), Rows.strings(db, "SELECT \"name\" FROM \"users\""));
  }

  // test_merge.py MergeTest.test_cascades_dont_autoflush
  @DatabaseTest
  void mergeCascadesDoNotAutoflush(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User user = new User(8L, "fred");
      user.addresses.add(new Address(null, "user"));
      User merged = session.merge(user);
      assertTrue(session.newObjects().contains(merged));
      session.flush();
      assertFalse(session.newObjects().contains(merged));
    }
  }

  // test_merge.py MergeTest.test_cascades_dont_autoflush_2
  @DatabaseTest
  void mergeCascadesDoNotAutoflushWithDeleteOrphan(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      OUser u = new OUser(7L, "fred");
      u.addresses.add(new OAddress(1L, "fred1"));
      session.add(u);
      session.commit();
      session.expungeAll();

      OUser copy = new OUser(7L, "fred");
      copy.addresses.add(new OAddress(1L, "fred1"));
      copy.addresses.add(new OAddress(2L, "fred2"));
      session.merge(copy);
      session.commit();
    }
    assertEquals(List.of("fred1", "fred2"),
        Rows.strings(db, "SELECT \"email_address\" FROM \"o_addresses\" ORDER BY \"id\""));
  }

  // test_merge.py MergeTest.test_dont_expire_pending
  @DatabaseTest
  void mergedPendingObjectIsNotExpired(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u = session.merge(new User(7L, null));
      db.clearStatements();
      assertNull(u.name);
      assertEquals(ObjectState.PENDING, session.state(u));
      assertEquals(List.of(), db.statements());
    }
  }

  // test_merge.py MergeTest.test_resolve_conflicts_pending_doesnt_interfere_no_ident
  @DatabaseTest
  void resolveConflictsPendingWithoutIdentity(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u1 = new User(7L, "x");
      for (String email : List.of("a", "b", "c")) {
        Order order = new Order("o" + email);
        order.address.set(new Address(null, email));
        u1.orders.add(order);
      }
      session.merge(u1);
      session.flush();
      assertEquals(List.of("a", "b", "c"), session.query(Address.class)
          .orderBy("email_address").list().stream().map(a -> a.emailAddress).toList());
    }
  }

  // test_merge.py MergeTest.test_resolve_conflicts_pending
  @DatabaseTest
  void resolveConflictsPending(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      User u1 = new User(7L, "x");
      for (String email : List.of("a", "b", "c")) {
        Order order = new Order("o" + email);
        order.address.set(new Address(1L, email));
        u1.orders.add(order);
      }
      session.merge(u1);
      session.flush();
      Address one = session.query(Address.class).one();
      assertEquals(1L, one.id);
      assertEquals("c", one.emailAddress);
    }
  }

  // test_merge.py MergeTest.test_resolve_conflicts_persistent
  @DatabaseTest
  void resolveConflictsPersistent(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.add(new Address(1L, "z"));
      session.commit();
    }
    try (Session session = factory.openSession()) {
      User u1 = new User(7L, "x");
      for (String email : List.of("a", "b", "c")) {
        Order order = new Order("o" + email);
        order.address.set(new Address(1L, email));
        u1.orders.add(order);
      }
      session.merge(u1);
      session.flush();
      Address one = session.query(Address.class).one();
      assertEquals(1L, one.id);
      assertEquals("c", one.emailAddress);
    }
  }

  // test_merge.py LoadOnPendingTest.test_merge_delete_orphan_o2o_none
  @DatabaseTest
  void mergeDeleteOrphanOneToOneNone(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Rock r = new Rock(0L, "moldy");
      r.bug.set(null);
      Rock m = session.merge(r);
      assertNotSame(r, m);
      assertEquals(0L, m.id);
      assertEquals("moldy", m.description);
      assertNull(m.bug.get());
    }
  }

  // test_merge.py LoadOnPendingTest.test_merge_delete_orphan_o2o
  @DatabaseTest
  void mergeDeleteOrphanOneToOne(TestDatabase db) {
    SessionFactory factory = db.create(MergeSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Rock r = new Rock(0L, "moldy");
      r.bug.set(new Bug(1L));
      Rock m = session.merge(r);
      assertNotSame(r, m);
      assertEquals("moldy", m.description);
      assertEquals(1L, m.bug.get().id);
      session.commit();
    }
    assertEquals(List.of(0L), Rows.longs(db, "SELECT \"rockid\" FROM \"bugs\""));
  }
}
