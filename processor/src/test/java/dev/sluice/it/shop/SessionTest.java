package dev.sluice.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.DetachedInstanceException;
import dev.sluice.runtime.IntegrityException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The session: identity map, dirty checking, merge, expunge, refresh, expire, rollback. */
class SessionTest {
  @DatabaseTest
  void theIdentityMapHandsOutOneInstancePerRow(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner owner = new Owner("ann");
      session.add(owner);
      assertEquals(1, new OwnerDao(session).count()); // autoflush before the query
      assertSame(owner, session.get(Owner.class, owner.id));
      assertSame(owner, new OwnerDao(session).findAll().get(0));
      assertNull(session.get(Owner.class, 999L));
    }
  }

  @DatabaseTest
  void anUpdateWritesOnlyTheChangedColumns(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner owner = new Owner("ann");
      owner.balance = new BigDecimal("10.50");
      session.add(owner);
      session.commit();
      assertFalse(session.isModified(owner));

      owner.name = "anne";
      owner.balance = new BigDecimal("10.5");
      assertEquals(Set.of(owner), session.dirtyObjects());
      db.clearStatements();
      session.commit();
      assertEquals(List.of("UPDATE \"owner\" SET \"name\" = ? WHERE \"id\" = ?"),
          db.statements("UPDATE"));
      assertFalse(session.isModified(owner));
    }
  }

  @DatabaseTest
  void anIdSetByHandIsInsertedAsGivenAndLikeStatementsGoAsOneBatch(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner owner = new Owner("ann");
      owner.id = 100L;
      for (String name : List.of("rex", "tom", "zed")) {
        owner.pets.add(new Pet(name));
      }
      session.add(owner);
      session.commit();
      assertEquals(100L, owner.id);
      assertEquals(List.of(100L, 100L, 100L), owner.pets.stream().map(p -> p.ownerId).toList());

      owner.pets.forEach(p -> p.name = p.name.toUpperCase(Locale.ROOT));
      db.clearStatements();
      session.commit();
      assertEquals(List.of("UPDATE pet"), db.writes(), "three UPDATEs, one JDBC batch");
    }
    assertEquals(List.of("REX", "TOM", "ZED"),
        db.column("SELECT \"name\" FROM \"pet\" ORDER BY \"name\""));
  }

  @DatabaseTest
  void mergeCopiesADetachedObjectOntoTheSessionInstance(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    Owner detached;
    try (Session session = factory.openSession()) {
      detached = new Owner("ann");
      detached.pets.add(new Pet("rex"));
      session.add(detached);
      session.commit();
    }
    detached.name = "anne";
    detached.pets.add(new Pet("tom"));
    try (Session session = factory.openSession()) {
      Owner merged = session.merge(detached);
      assertNotSame(detached, merged);
      assertEquals(ObjectState.PERSISTENT, session.state(merged));
      assertEquals("anne", merged.name);
      session.commit();
      assertEquals(List.of("rex", "tom"), merged.pets.stream().map(p -> p.name).toList());
    }
    assertEquals(List.of("anne"), db.column("SELECT \"name\" FROM \"owner\""));
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"pet\""));
  }

  @DatabaseTest
  void expungeDetachesTheObjectAndItsCascade(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner owner = new Owner("ann");
      Pet rex = new Pet("rex");
      owner.pets.add(rex);
      session.add(owner);
      session.commit();

      owner.name = "changed";
      session.expunge(owner);
      assertEquals(ObjectState.DETACHED, session.state(owner));
      assertEquals(ObjectState.DETACHED, session.state(rex));
      session.commit();
      assertEquals(List.of("ann"), db.column("SELECT \"name\" FROM \"owner\""));
      Owner again = session.get(Owner.class, owner.id);
      assertNotSame(owner, again);
    }
  }

  @DatabaseTest
  void refreshReloadsNowAndExpireReloadsWhenHandedOut(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner owner = new Owner("ann");
      owner.pets.add(new Pet("rex"));
      session.add(owner);
      session.commit();

      owner.name = "not saved";
      owner.pets.get(0).name = "not saved either";
      session.refresh(owner);
      assertEquals("ann", owner.name);
      assertEquals("rex", owner.pets.get(0).name);

      session.handle().execute("UPDATE \"owner\" SET \"name\" = 'bob'");
      assertEquals("ann", session.get(Owner.class, owner.id).name);
      session.expire(owner);
      assertEquals("bob", session.get(Owner.class, owner.id).name);
    }
  }

  @DatabaseTest
  void aFailedFlushLeavesTheDatabaseAndTheSessionAsTheyWere(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner existing = new Owner("ann");
      existing.email = "ann@example.com";
      session.add(existing);
      session.commit();

      Owner clash = new Owner("bob");
      Pet rex = new Pet("rex");
      clash.pets.add(rex);
      clash.email = "ann@example.com"; // UNIQUE violation on the second owner row
      Badge badge = new Badge("B1");
      existing.badge.set(badge);
      existing.name = "anne";
      session.add(clash);

      IntegrityException failure = assertThrows(IntegrityException.class, session::flush);
      assertEquals("Owner", failure.entity());
      assertEquals("INSERT", failure.operation());
      assertEquals(1, db.number("SELECT COUNT(*) FROM \"owner\""));
      assertEquals(List.of("ann"), db.column("SELECT \"name\" FROM \"owner\""),
          "the UPDATE that ran before the failing INSERT is rolled back too");
      assertEquals(0, db.number("SELECT COUNT(*) FROM \"badge\""));

      assertNull(clash.id);
      assertNull(rex.id);
      assertNull(badge.id);
      assertEquals(ObjectState.PENDING, session.state(clash));
      assertEquals(Set.of(existing), session.dirtyObjects());
      assertEquals("anne", existing.name);

      clash.email = "bob@example.com";
      session.commit();
      assertNotNull(rex.id);
      assertEquals(clash.id, rex.ownerId);
      assertEquals(existing.id, badge.ownerId);
    }
    assertEquals(List.of("anne", "bob"),
        db.column("SELECT \"name\" FROM \"owner\" ORDER BY \"name\""));
  }

  @DatabaseTest
  void aFailedFlushUndoesOnlyItselfNotTheEarlierFlushesOfTheTransaction(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner ann = new Owner("ann");
      ann.email = "ann@example.com";
      session.add(ann);
      session.flush(); // written, not committed

      Owner clash = new Owner("bob");
      clash.email = "ann@example.com";
      session.add(clash);
      assertThrows(IntegrityException.class, session::flush);
      session.expunge(clash);
      session.commit();
    }
    assertEquals(List.of("ann"), db.column("SELECT \"name\" FROM \"owner\""),
        "the first flush survived the second one's failure: it ran in a savepoint");
  }

  @DatabaseTest
  void aStatementFailingAfterOtherTablesWereWrittenUndoesThemAll(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner ann = new Owner("ann");
      ann.badge.set(new Badge("GOLD"));
      session.add(ann);
      session.commit();

      Owner bob = new Owner("bob");
      Pet rex = new Pet("rex");
      bob.pets.add(rex);
      Badge clash = new Badge("GOLD");
      bob.badge.set(clash);
      ann.pets.add(new Pet("tom"));
      session.add(bob);
      db.clearStatements();
      IntegrityException failure = assertThrows(IntegrityException.class, session::flush);
      assertEquals("Badge", failure.entity());
      assertTrue(db.writes().contains("INSERT owner"), db.writes().toString());
      assertTrue(db.writes().indexOf("INSERT owner") < db.writes().indexOf("INSERT badge"),
          db.writes().toString());
      assertTrue(db.writes().contains("INSERT pet"), db.writes().toString());

      assertEquals(1, db.number("SELECT COUNT(*) FROM \"owner\""));
      assertEquals(0, db.number("SELECT COUNT(*) FROM \"pet\""));
      assertEquals(1, db.number("SELECT COUNT(*) FROM \"badge\""));
      assertNull(bob.id);
      assertNull(rex.id);
      assertNull(rex.ownerId);
      assertEquals(Set.of(bob, rex, clash, ann.pets.get(0)), session.newObjects());

      clash.code = "SILVER";
      session.commit();
      assertEquals(bob.id, rex.ownerId);
    }
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"pet\""));
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"badge\""));
  }

  @DatabaseTest
  void rollbackMakesNewObjectsTransientRestoresChangedAndDeletedOnes(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner ann = new Owner("ann");
      Owner bob = new Owner("bob");
      session.addAll(List.of(ann, bob));
      session.commit();

      Owner cat = new Owner("cat");
      session.add(cat);
      ann.name = "anne";
      session.delete(bob);
      session.flush();
      assertNotNull(cat.id);

      session.rollback();
      assertEquals(ObjectState.TRANSIENT, session.state(cat));
      assertNull(cat.id);
      assertEquals("ann", ann.name);
      assertEquals(ObjectState.PERSISTENT, session.state(bob));
      assertSame(bob, session.get(Owner.class, bob.id));
    }
    assertEquals(List.of("ann", "bob"),
        db.column("SELECT \"name\" FROM \"owner\" ORDER BY \"name\""));
  }

  @DatabaseTest
  void unloadedRelationsOfDetachedObjectsFailClearly(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    Owner owner;
    try (Session session = factory.openSession()) {
      Owner created = new Owner("ann");
      created.pets.add(new Pet("rex"));
      session.add(created);
      session.commit();
      session.expungeAll();
      owner = session.get(Owner.class, created.id);
    }
    DetachedInstanceException failure = assertThrows(DetachedInstanceException.class,
        () -> owner.pets.size());
    assertTrue(failure.getMessage().contains("Owner.pets"), failure.getMessage());
  }
}
