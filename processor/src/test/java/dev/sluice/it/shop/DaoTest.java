package dev.sluice.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.InvalidRequestException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** The generated DAO: finders, where clauses, write shortcuts and the plain row mapper. */
class DaoTest {
  @DatabaseTest
  void findersQueriesAndWriteShortcuts(TestDatabase db) {
    SessionFactory factory = db.create(ShopSchema_Metadata.INSTANCE);
    Owner detached;
    try (Session session = factory.openSession()) {
      OwnerDao owners = new OwnerDao(session);
      Owner ann = owners.insert(named("ann", "ann@example.com"));
      assertNotNull(ann.id);
      owners.insert(named("bob", "bob@example.com"));
      owners.insert(named("cat", null));
      session.commit();

      assertSame(ann, owners.findByEmail("ann@example.com").orElseThrow());
      assertTrue(owners.findByEmail("nobody").isEmpty());
      assertEquals(3, owners.count());
      assertSame(ann, owners.first().orElseThrow());
      assertEquals(List.of("cat", "bob"), owners.where("name > :n").bind("n", "ann")
          .orderBy("name DESC").list().stream().map(o -> o.name).toList());
      assertEquals(List.of("bob"), owners.where("email IS NOT NULL").offset(1).limit(1).list()
          .stream().map(o -> o.name).toList());
      assertEquals(2, owners.where("name <> :n").bind("n", "ann").count());
      assertThrows(InvalidRequestException.class, () -> owners.where("1 = 1").one());

      owners.delete(owners.findById(ann.id).orElseThrow());
      assertEquals(2, owners.count());
      detached = owners.findAll().get(0);
      session.commit();
    }
    detached.name = "robert";
    try (Session session = factory.openSession()) {
      Owner managed = new OwnerDao(session).update(detached);
      assertEquals("robert", managed.name);
      session.commit();
    }
    assertEquals(List.of("cat", "robert"),
        db.column("SELECT \"name\" FROM \"owner\" ORDER BY \"name\""));
    List<Owner> plain = db.jdbi().withHandle(h -> h.createQuery(
        "SELECT * FROM \"owner\" ORDER BY \"name\"").map(Owner_.rowMapper(db.dialect()))
        .list());
    assertEquals(List.of("cat", "robert"), plain.stream().map(o -> o.name).toList());
    assertEquals("bob@example.com", plain.get(1).email);
  }

  private static Owner named(String name, String email) {
    Owner owner = new Owner(name);
    owner.email = email;
    return owner;
  }
}
