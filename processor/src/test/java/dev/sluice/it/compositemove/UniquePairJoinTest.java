package dev.sluice.it.compositemove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** A relationship joined on a two-column unique key that is not the primary key. */
class UniquePairJoinTest {
  private static final String CRATES = "SELECT \"zone\", \"slot\", \"content\" FROM \"crates\""
      + " ORDER BY \"content\"";

  private static List<String> crates(TestDatabase db) {
    return db.rows(CRATES).stream().map(row -> row.get("zone") + "|" + row.get("slot") + "|"
        + row.get("content")).toList();
  }

  @DatabaseTest
  void crateTakesBothColumnsOfTheDocksUniqueKey(TestDatabase db) {
    SessionFactory factory = db.create(ShelfSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Dock dock = new Dock(1, 4, 2);
      dock.crates.add(new Crate(10, "tea"));
      session.add(dock);
      session.commit();
    }
    try (Session session = factory.openSession()) {
      Crate crate = session.get(Crate.class, 10L);
      assertEquals(1L, crate.dock.get().id);
      assertEquals(List.of(crate), List.copyOf(crate.dock.get().crates));
    }
    assertEquals(List.of("4|2|tea"), crates(db));
  }

  @DatabaseTest
  void deletingADockClearsBothColumnsOfItsUnloadedCrates(TestDatabase db) {
    SessionFactory factory = db.create(ShelfSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Dock dock = new Dock(1, 4, 2);
      dock.crates.add(new Crate(10, "tea"));
      dock.crates.add(new Crate(11, "rice"));
      Dock other = new Dock(2, 4, 3);
      other.crates.add(new Crate(12, "salt"));
      session.addAll(List.of(dock, other));
      session.commit();
    }
    try (Session session = factory.openSession()) {
      Crate held = session.get(Crate.class, 11L);
      session.delete(session.get(Dock.class, 1L));
      db.clearStatements();
      session.commit();
      if (db.setBasedDeletes()) {
        assertEquals(List.of("UPDATE \"crates\" SET \"zone\" = NULL, \"slot\" = NULL WHERE"
            + " (\"zone\", \"slot\") IN (SELECT \"zone\", \"slot\" FROM \"docks\" WHERE"
            + " \"id\" = ?) RETURNING \"id\""), db.statements("UPDATE"));
      }
      assertNull(held.zone);
      assertNull(held.slot);
      assertNull(held.dock.get());
    }
    assertEquals(List.of("null|null|rice", "4|3|salt", "null|null|tea"), crates(db));
  }
}
