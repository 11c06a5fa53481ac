package dev.sluice.conformance.relationships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sluice.conformance.relationships.RelationshipsModel.KeyA;
import dev.sluice.conformance.relationships.RelationshipsModel.KeyB;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;

/** test_relationships.py M2ODontOverwriteFKTest: a key set by hand beside its many-to-one. */
class M2oDontOverwriteFkTest {
  // test_relationships.py M2ODontOverwriteFKTest.test_joinedload_doesnt_produce_bogus_event
  @DatabaseTest
  void aKeySetOnAnObjectWithAJoinedLoadedReferenceIsKept(TestDatabase db) {
    SessionFactory factory = db.create(RelationshipsSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      KeyB b1 = new KeyB();
      sess.add(b1);
      sess.flush();
      KeyA a1 = new KeyA();
      sess.add(a1);
      sess.commit();

      KeyA loaded = sess.query(KeyA.class).first().orElseThrow();
      loaded.bid = b1.id;
      sess.flush();
      assertEquals(b1.id, loaded.bid);
    }
  }

  // test_relationships.py M2ODontOverwriteFKTest.test_init_doesnt_produce_scalar_event
  @DatabaseTest
  void aKeySetOnANewObjectIsInserted(TestDatabase db) {
    SessionFactory factory = db.create(RelationshipsSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      KeyB b1 = new KeyB();
      sess.add(b1);
      sess.flush();
      KeyA a1 = new KeyA();
      assertNull(a1.b.get());
      a1.bid = b1.id;
      sess.add(a1);
      sess.flush();
      assertNotNull(a1.bid);
    }
  }

  // test_relationships.py M2ODontOverwriteFKTest.test_scalar_relationship_overrides_fk
  @DatabaseTest
  void clearingTheReferenceAfterTheKeyClearsTheKey(TestDatabase db) {
    SessionFactory factory = db.create(RelationshipsSchema_Metadata.INSTANCE);
    try (Session sess = factory.openSession()) {
      KeyB b1 = new KeyB();
      sess.add(b1);
      sess.flush();
      KeyA a1 = new KeyA();
      a1.bid = b1.id;
      a1.b.set(null);
      sess.add(a1);
      sess.flush();
      assertNull(a1.bid);
    }
  }
}
