package dev.sluice.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** Orphans, one-to-one replacement, many-to-one and many-to-many cascades. */
class CascadeTest {
  @DatabaseTest
  void orphansAreDeletedWhenRemovedClearedOrDereferenced(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner owner = new Owner("ann");
      Pet rex = new Pet("rex");
      Pet tom = new Pet("tom");
      Pet zed = new Pet("zed");
      owner.pets.addAll(List.of(rex, tom, zed));
      session.add(owner);
      session.commit();

      owner.pets.remove(rex);
      session.commit();
      assertEquals(List.of("tom", "zed"), names(db));
      assertEquals(ObjectState.DETACHED, session.state(rex));

      zed.owner.clear();
      assertEquals(List.of(tom), owner.pets);
      session.commit();
      assertEquals(List.of("tom"), names(db));

      owner.pets.clear();
      session.commit();
      assertEquals(List.of(), names(db));
    }
  }

  @DatabaseTest
  void aPendingChildRemovedUnderDeleteOrphanLeavesTheSessionAtOnce(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner ann = new Owner("ann");
      Owner bob = new Owner("bob");
      session.addAll(List.of(ann, bob));
      session.commit();

      Pet tom = new Pet("tom");
      Pet rex = new Pet("rex");
      ann.pets.addAll(List.of(tom, rex));
      assertEquals(ObjectState.PENDING, session.state(tom));
      ann.pets.remove(tom);
      assertEquals(ObjectState.TRANSIENT, session.state(tom), "never written: nothing to delete");
      ann.pets.remove(rex);
      bob.pets.add(rex); // linked again through SAVE_UPDATE: back in the session
      assertEquals(ObjectState.PENDING, session.state(rex));
      session.commit();
    }
    assertEquals(List.of("bob"), db.column("SELECT o.\"name\" FROM \"pet\" p JOIN \"owner\" o"
        + " ON o.\"id\" = p.\"owner_id\""));
  }

  @DatabaseTest
  void settingTheParentOfANewChildDoesNotAddTheChild(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner ann = new Owner("ann");
      session.add(ann);
      session.commit();

      Pet stray = new Pet("stray");
      stray.owner.set(ann); // no cascade along the backref, as in SQLAlchemy 2.0
      assertEquals(List.of(stray), ann.pets);
      assertEquals(ObjectState.TRANSIENT, session.state(stray));
      session.commit();
    }
    assertEquals(List.of(), names(db));
  }

  @DatabaseTest
  void aChildMovedToAnotherParentIsNoOrphan(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner ann = new Owner("ann");
      Owner bob = new Owner("bob");
      Pet rex = new Pet("rex");
      ann.pets.add(rex);
      session.addAll(List.of(ann, bob));
      session.commit();

      rex.owner.set(bob);
      assertEquals(List.of(), ann.pets);
      assertEquals(List.of(rex), bob.pets);
      assertEquals(bob.id, rex.ownerId);
      session.commit();
    }
    assertEquals(List.of("bob"), db.column("SELECT o.\"name\" FROM \"pet\" p JOIN \"owner\" o"
        + " ON o.\"id\" = p.\"owner_id\""));
  }

  @DatabaseTest
  void replacingAOneToOneWithoutDeleteOrphanUnlinksTheOldRow(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner owner = new Owner("ann");
      Badge first = new Badge("A");
      owner.badge.set(first);
      session.add(owner);
      session.commit();

      Badge second = new Badge("B");
      owner.badge.set(second);
      assertNull(first.owner.get());
      session.commit();
      assertNull(first.ownerId);
      assertEquals(owner.id, second.ownerId);
    }
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"badge\""));
    assertEquals(List.of("B"), db.column("SELECT \"code\" FROM \"badge\" WHERE \"owner_id\""
        + " IS NOT NULL"));
  }

  @DatabaseTest
  void deleteOnTheManyToOneSideDeletesTheParent(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner owner = new Owner("ann");
      Address home = new Address("Oslo");
      home.owner.set(owner);
      owner.pets.add(new Pet("rex"));
      session.add(home);
      session.commit();

      session.delete(home);
      session.commit();
      assertEquals(ObjectState.DETACHED, session.state(owner));
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"owner\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"pet\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"address\""));
  }

  @DatabaseTest
  void deleteOrphanOnAManyToManyWithSingleParent(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner ann = new Owner("ann");
      Owner bob = new Owner("bob");
      Toy ball = new Toy("ball");
      Toy rope = new Toy("rope");
      ann.toys.addAll(List.of(ball, rope));
      session.addAll(List.of(ann, bob));
      session.commit();

      InvalidRequestException second = assertThrows(InvalidRequestException.class,
          () -> bob.toys.add(ball));
      assertTrue(second.getMessage().contains("single-parent"), second.getMessage());

      ann.toys.remove(ball);
      session.commit();
      assertEquals(List.of("rope"), db.column("SELECT \"name\" FROM \"toy\""));
      assertEquals(1, db.number("SELECT COUNT(*) FROM \"owner_toy\""));

      session.delete(ann);
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"toy\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"owner_toy\""));
    assertEquals(1, db.number("SELECT COUNT(*) FROM \"owner\""));
  }

  @DatabaseTest
  void addingAParentAddsWhatItReaches(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Owner owner = new Owner("ann");
      Pet rex = new Pet("rex");
      owner.pets.add(rex);
      Address home = new Address("Oslo");
      home.owner.set(owner);
      session.add(home);
      assertEquals(ObjectState.PENDING, session.state(owner));
      assertEquals(ObjectState.PENDING, session.state(rex));
      session.commit();
      assertSame(owner, session.get(Owner.class, owner.id));
      assertEquals(owner.id, rex.ownerId);
    }
  }

  private static List<Object> names(TestDatabase db) {
    return db.column("SELECT \"name\" FROM \"pet\" ORDER BY \"name\"");
  }
}
