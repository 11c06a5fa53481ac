package dev.sluice.it.compositemove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * A composite primary key that changes under the rows referencing it: carried by the
 * database's ON UPDATE CASCADE into labels (loaded ones take the new values at once), and by
 * Sluice's own UPDATEs into tags ({@code passiveUpdates = false}).
 */
class MovedCompositeKeyTest {
  /** Each row of a table as {@code aisle|position|text}, by text. */
  private static List<String> rows(TestDatabase db, String table) {
    return db.rows("SELECT \"aisle\", \"position\", \"text\" FROM \"" + table + "\" ORDER BY"
        + " \"text\"").stream().map(row -> number(row.get("aisle")) + "|"
            + number(row.get("position")) + "|" + row.get("text")).toList();
  }

  private static String number(Object value) {
    return value == null ? "null" : Integer.toString(((Number) value).intValue());
  }

  @DatabaseTest
  void aLoadedLabelTakesTheKeyTheDatabaseCarriedIntoItsRow(TestDatabase db) {
    SessionFactory factory = db.create(ShelfSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Shelf shelf = new Shelf(1, 1, "top");
      Shelf other = new Shelf(1, 2, "bottom");
      Label moved = new Label(shelf, "moved");
      Label stays = new Label(other, "stays");
      session.addAll(List.of(shelf, other, moved, stays));
      session.commit();

      shelf.aisle = 7;
      session.commit();
      assertEquals(7, moved.aisle);
      assertEquals(1, moved.position);
      assertEquals(1, stays.aisle);
      assertSame(shelf, session.get(Shelf.class, List.of(7, 1)));
      assertNull(session.get(Shelf.class, List.of(1, 1)));
      assertSame(shelf, moved.shelf.get());
    }
    assertEquals(List.of("7|1|moved", "1|2|stays"), rows(db, "labels"));
  }

  @DatabaseTest
  void tagsFollowAMovedShelfBySluicesUpdates(TestDatabase db) {
    SessionFactory factory = db.create(ShelfSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Shelf shelf = new Shelf(1, 1, "top");
      Shelf other = new Shelf(2, 1, "bottom");
      shelf.tags.add(new Tag("a"));
      shelf.tags.add(new Tag("b"));
      other.tags.add(new Tag("c"));
      session.addAll(List.of(shelf, other));
      session.commit();
      session.expungeAll();

      Shelf loaded = session.get(Shelf.class, List.of(1, 1));
      loaded.position = 5;
      db.clearStatements();
      session.commit();
      assertEquals(List.of("UPDATE shelves", "UPDATE tags"), db.writes());
      assertEquals(List.of(5, 5), loaded.tags.stream().map(t -> t.position).toList());
    }
    assertEquals(List.of("1|5|a", "1|5|b", "2|1|c"), rows(db, "tags"));
  }
}
