package dev.sluice.conformance.backref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.conformance.backref.BackrefModel.Item;
import dev.sluice.conformance.backref.BackrefModel.Keyword;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * test_backref_mutations.py M2MCollectionMoveTest and M2MStaleBackrefTest: both sides of a
 * many-to-many follow each other. SQLAlchemy's {@code expire(i1, ["keywords"])} is replayed by
 * reading i1 in a new session, where its keywords are not loaded.
 */
class M2MCollectionMoveTest {
  // test_backref_mutations.py M2MCollectionMoveTest.test_add_remove_pending_backref
  @DatabaseTest
  void addRemovePendingBackref(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE).withAutoflush(false);
    Long id;
    try (Session session = factory.openSession()) {
      Item i1 = new Item("i1");
      session.add(i1);
      session.commit();
      id = i1.id;
    }
    try (Session session = factory.openSession()) {
      Item i1 = session.get(Item.class, id);
      Keyword k1 = new Keyword("k1");
      k1.items.add(i1);
      k1.items.remove(i1);
      assertEquals(List.of(), i1.keywords);
    }
  }

  // test_backref_mutations.py M2MCollectionMoveTest.test_remove_add_pending_backref
  @DatabaseTest
  void removeAddPendingBackref(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE).withAutoflush(false);
    Long itemId;
    Long keywordId;
    try (Session session = factory.openSession()) {
      Keyword k1 = new Keyword("k1");
      Item i1 = new Item("i1");
      i1.keywords.add(k1);
      session.add(i1);
      session.commit();
      itemId = i1.id;
      keywordId = k1.id;
    }
    try (Session session = factory.openSession()) {
      Item i1 = session.get(Item.class, itemId);
      Keyword k1 = session.get(Keyword.class, keywordId);
      k1.items.remove(i1);
      k1.items.add(i1);
      assertEquals(List.of(k1), i1.keywords);
      session.commit();
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"item_keywords\""));
  }

  // test_backref_mutations.py M2MCollectionMoveTest.test_pending_combines_with_flushed
  @DatabaseTest
  void pendingCombinesWithFlushed(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE).withAutoflush(false);
    Long itemId;
    Long k1Id;
    Long k2Id;
    try (Session session = factory.openSession()) {
      Keyword k1 = new Keyword("k1");
      Keyword k2 = new Keyword("k2");
      Item i1 = new Item("i1");
      i1.keywords.add(k1);
      session.add(i1);
      session.add(k2);
      session.commit();
      itemId = i1.id;
      k1Id = k1.id;
      k2Id = k2.id;
    }
    try (Session session = factory.openSession()) {
      Item i1 = session.get(Item.class, itemId);
      Keyword k1 = session.get(Keyword.class, k1Id);
      Keyword k2 = session.get(Keyword.class, k2Id);
      k2.items.add(i1);
      assertEquals(List.of(k1, k2), i1.keywords);
      assertEquals(1L, session.handle().createQuery("SELECT COUNT(*) FROM \"item_keywords\"")
          .mapTo(Long.class).one());
      session.commit();
    }
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"item_keywords\""));
  }

  // test_backref_mutations.py M2MCollectionMoveTest.test_duplicate_adds
  // differs: SQLAlchemy shows [k1, k1] until the commit reloads [i1]; a Sluice
  // collection holds each member once throughout. The rows are the same: one link.
  @DatabaseTest
  void duplicateAddsHoldOneLink(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE).withAutoflush(false);
    try (Session session = factory.openSession()) {
      Keyword k1 = new Keyword("k1");
      Item i1 = new Item("i1");
      i1.keywords.add(k1);
      session.add(i1);
      session.commit();

      assertFalse(k1.items.add(i1));
      assertEquals(List.of(k1), i1.keywords);
      assertEquals(List.of(i1), k1.items);
      session.commit();
      assertEquals(List.of(i1), k1.items);
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"item_keywords\""));
  }

  // test_backref_mutations.py M2MCollectionMoveTest.test_bulk_replace
  @DatabaseTest
  void bulkReplace(TestDatabase db) {
    SessionFactory factory = db.create(BackrefSchema_Metadata.INSTANCE);
    Keyword k1 = new Keyword("k1");
    Keyword k2 = new Keyword("k2");
    Keyword k3 = new Keyword("k3");
    Item i1 = new Item("i1");
    i1.keywords.addAll(List.of(k1, k2));
    Item i2 = new Item("i2");
    i2.keywords.add(k3);
    i1.keywords.set(List.of(k2, k3));
    assertTrue(k3.items.contains(i1));
    assertTrue(k3.items.contains(i2));
    assertFalse(k1.items.contains(i1));
    try (Session session = factory.openSession()) {
      session.add(i1);
      session.add(i2);
      session.commit();
    }
    assertEquals(3, db.number("SELECT COUNT(*) FROM \"item_keywords\""));
  }

  // test_backref_mutations.py M2MStaleBackrefTest.test_backref_pop_m2m
  @DatabaseTest
  void backrefPopManyToMany(TestDatabase db) {
    Keyword k1 = new Keyword();
    Keyword k2 = new Keyword();
    Item i1 = new Item();
    k1.items.add(i1);
    k2.items.add(i1);
    k2.items.add(i1);
    i1.keywords.set(List.of());
    k2.items.remove(i1);
    assertEquals(0, k2.items.size());
    assertEquals(0, k1.items.size());
  }
}
