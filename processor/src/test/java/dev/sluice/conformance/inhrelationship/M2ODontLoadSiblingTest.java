package dev.sluice.conformance.inhrelationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;

/**
 * A many-to-one to a subclass whose key names a row of a sibling class holds nothing, whether
 * that row is loaded already or not. The original maps the classes to joined tables; here they
 * share one table (Sluice has no joined-table inheritance yet), which the behaviour does not
 * depend on.
 */
class M2ODontLoadSiblingTest {
  private static SessionFactory fixture(TestDatabase db) {
    SessionFactory factory = db.create(SiblingSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Other other = new Other();
      other.parent.set(new Child1());
      session.add(other);
      session.flush();
      other.child2Id = other.parentId; // the same key, as the original's view-only relation
      session.commit();
    }
    return factory;
  }

  // test_relationship.py M2ODontLoadSiblingTest.test_load_m2o_emit_query
  @DatabaseTest
  void aReferenceToASubclassIsEmptyWhenTheRowIsOfASibling(TestDatabase db) {
    SessionFactory factory = fixture(db);
    try (Session session = factory.openSession()) {
      Other obj = session.query(Other.class).first().orElseThrow();
      assertNull(obj.child2.get());
      assertInstanceOf(Child1.class, obj.parent.get());
    }
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"others\" WHERE \"child2_id\" IS NOT NULL"));
  }

  // test_relationship.py M2ODontLoadSiblingTest.test_load_m2o_use_get
  @DatabaseTest
  void aLoadedSiblingIsNotTakenFromTheIdentityMap(TestDatabase db) {
    SessionFactory factory = fixture(db);
    try (Session session = factory.openSession()) {
      Other obj = session.query(Other.class).first().orElseThrow();
      Child1 c1 = session.query(Child1.class).first().orElseThrow();
      assertNull(obj.child2.get());
      assertSame(c1, obj.parent.get());
    }
  }
}
