package dev.sluice.it.passive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;

/** passiveDeletes = ON: unloaded children go by ON DELETE CASCADE, without a SELECT. */
class PassiveDeletesTest {
  @DatabaseTest
  void unloadedChildrenAreLeftToTheDatabase(TestDatabase db) {
    SessionFactory factory = db.create(PassiveSchema_Metadata.INSTANCE);
    Long id;
    try (Session session = factory.openSession()) {
      Parent parent = new Parent("p");
      for (int i = 0; i < 3; i++) {
        parent.children.add(new Child("c" + i));
      }
      session.add(parent);
      session.commit();
      id = parent.id;
    }
    try (Session session = factory.openSession()) {
      Parent parent = session.get(Parent.class, id);
      db.clearStatements();
      session.delete(parent);
      session.commit();
      assertTrue(db.statements("SELECT").isEmpty(), db.statements().toString());
      assertEquals(1, db.statements("DELETE").size(), db.statements().toString());
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"child\""));
  }

  @DatabaseTest
  void loadedChildrenAreStillDeletedByTheSession(TestDatabase db) {
    SessionFactory factory = db.create(PassiveSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Parent parent = new Parent("p");
      parent.children.add(new Child("c0"));
      parent.children.add(new Child("c1"));
      session.add(parent);
      session.commit();
      db.clearStatements();
      session.delete(parent);
      session.commit();
      assertEquals(2, db.statements("DELETE").size(), db.statements().toString());
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"child\""));
  }
}
