package dev.sluice.it.finders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * A generated finder's condition names its column without the runtime's table alias, and
 * still means the queried table when a JOINED relation brings a column of the same name.
 */
class FinderTest {
  @DatabaseTest
  void aFinderFindsByItsOwnColumnBesideAJoinedColumnOfTheSameName(TestDatabase db) {
    SessionFactory factory = db.create(FinderSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Store north = new Store(1, "north");
      north.items.add(new Item(10, "south"));
      Store south = new Store(2, "south");
      south.items.add(new Item(20, "north"));
      session.addAll(List.of(north, south));
      session.commit();
    }
    try (Session session = factory.openSession()) {
      Store found = new StoreDao(session).findByCode("north").orElseThrow();
      assertEquals(1L, found.id);
      assertTrue(found.items.isLoaded(), "the items came with the store");
      assertEquals(List.of("south"), found.items.stream().map(i -> i.code).toList());
      assertTrue(new StoreDao(session).findByCode("east").isEmpty());
    }
  }
}
