package dev.sluice.it.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.ObjectState;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/**
 * Each compiled delete decision as the session carries it out, set-based and row by row: one
 * statement for children not loaded (or loading them when set-based deletes are off), the
 * database's ON DELETE, nothing at all, and loading wherever a statement cannot do the job.
 */
class DeleteDecisionTest {
  private SessionFactory factory;
  private Long shelfId;

  private void setUp(TestDatabase db) {
    factory = db.create(DecisionSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Shelf shelf = new Shelf("s");
      for (int i = 0; i < 2; i++) {
        shelf.books.add(new Book("b" + i));
        shelf.boxes.add(new Box("x" + i));
        shelf.labels.add(new Label("l" + i));
        shelf.tags.add(new Tag("t" + i));
        Crate crate = new Crate("c" + i);
        crate.stickers.add(new Sticker("k" + i));
        shelf.crates.add(crate);
      }
      session.add(shelf);
      session.flush();
      for (int i = 0; i < 2; i++) {
        ShelfLog log = new ShelfLog("log" + i);
        log.shelfId = shelf.id;
        session.add(log);
      }
      session.commit();
      shelfId = shelf.id;
    }
    db.clearStatements();
  }

  /** Statements since the last clear that start with {@code kind} and name {@code table}. */
  private static List<String> on(TestDatabase db, String kind, String table) {
    return db.statements(kind).stream().filter(sql -> sql.contains("\"" + table + "\""))
        .toList();
  }

  /**
   * Writes to {@code table} that select their rows by the parents' keys, as only a set-based
   * step writes them (row by row, rows are written by their own id).
   */
  private static List<String> overParentKeys(TestDatabase db, String table) {
    return db.statements().stream().filter(sql -> !sql.startsWith("SELECT")
        && sql.contains("\"" + table + "\"") && sql.contains("WHERE \"shelf_id\"")).toList();
  }

  private long count(TestDatabase db, String table) {
    return db.number("SELECT COUNT(*) FROM \"" + table + "\"");
  }

  @DatabaseTest
  void unloadedChildrenOfAStatementStepGoByOneStatementOrAreLoadedWhenThatIsOff(
      TestDatabase db) {
    setUp(db);
    try (Session session = factory.openSession()) {
      session.delete(session.get(Shelf.class, shelfId));
      session.commit();
    }
    if (db.setBasedDeletes()) {
      assertEquals(List.of(), on(db, "SELECT", "book"), db.statements().toString());
      assertEquals(List.of(), on(db, "SELECT", "box"), db.statements().toString());
      assertEquals(1, overParentKeys(db, "book").size(), db.statements().toString());
      assertEquals(1, overParentKeys(db, "box").size(), db.statements().toString());
    } else {
      assertEquals(1, on(db, "SELECT", "book").size(), db.statements().toString());
      assertEquals(1, on(db, "SELECT", "box").size(), db.statements().toString());
      assertEquals(List.of(), overParentKeys(db, "book"), db.statements().toString());
      assertEquals(List.of(), overParentKeys(db, "box"), db.statements().toString());
    }
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"book\" WHERE \"shelf_id\" IS NULL"));
    assertEquals(0, count(db, "box"));
    assertEquals(0, count(db, "shelf"));
  }

  @DatabaseTest
  void loadedChildrenOfAStatementStepAreProcessedOneByOneInBothModes(TestDatabase db) {
    setUp(db);
    try (Session session = factory.openSession()) {
      Shelf shelf = session.get(Shelf.class, shelfId);
      List<Book> books = List.copyOf(shelf.books);
      List<Box> boxes = List.copyOf(shelf.boxes);
      db.clearStatements();
      session.delete(shelf);
      // As SQLAlchemy's delete(), the DELETE cascade reaches the loaded boxes at once.
      assertTrue(session.deletedObjects().containsAll(boxes));
      assertFalse(session.deletedObjects().contains(books.get(0)));
      session.commit();
      assertEquals(List.of(), overParentKeys(db, "book"), db.statements().toString());
      assertEquals(List.of(), overParentKeys(db, "box"), db.statements().toString());
      for (Book book : books) {
        assertNull(book.shelfId);
      }
      assertEquals(ObjectState.DETACHED, session.state(boxes.get(0)));
    }
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"book\" WHERE \"shelf_id\" IS NULL"));
    assertEquals(0, count(db, "box"));
  }

  @DatabaseTest
  void aDatabaseStepLeavesUnloadedChildrenToOnDelete(TestDatabase db) {
    setUp(db);
    try (Session session = factory.openSession()) {
      session.delete(session.get(Shelf.class, shelfId));
      session.commit();
    }
    assertEquals(List.of(), on(db, "SELECT", "label"), db.statements().toString());
    assertEquals(List.of(), on(db, "DELETE", "label"), db.statements().toString());
    assertEquals(0, count(db, "label"));
  }

  @DatabaseTest
  void aDatabaseStepStillDeletesLoadedChildrenOneByOne(TestDatabase db) {
    setUp(db);
    try (Session session = factory.openSession()) {
      Shelf shelf = session.get(Shelf.class, shelfId);
      List<Label> labels = List.copyOf(shelf.labels);
      db.clearStatements();
      session.delete(shelf);
      assertTrue(session.deletedObjects().containsAll(labels));
      session.commit();
    }
    assertEquals(1, on(db, "DELETE", "label").size(), db.statements().toString());
    assertEquals(List.of(), overParentKeys(db, "label"), db.statements().toString());
    assertEquals(0, count(db, "label"));
  }

  @DatabaseTest
  void aSkipStepNeverTouchesTheRowsLoadedOrNot(TestDatabase db) {
    setUp(db);
    try (Session session = factory.openSession()) {
      Shelf shelf = session.get(Shelf.class, shelfId);
      List<ShelfLog> logs = List.copyOf(shelf.logs);
      assertEquals(2, logs.size());
      db.clearStatements();
      session.delete(shelf);
      assertFalse(session.deletedObjects().contains(logs.get(0)));
      session.commit();
      assertEquals(shelfId, logs.get(0).shelfId);
      assertEquals(ObjectState.PERSISTENT, session.state(logs.get(0)));
    }
    assertEquals(List.of(), db.statements().stream()
        .filter(sql -> sql.contains("\"shelf_log\"")).toList(), db.statements().toString());
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"shelf_log\" WHERE \"shelf_id\" = "
        + shelfId));
  }

  @DatabaseTest
  void anUnlinkStepDeletesTheAssociationRowsByOneStatementInBothModes(TestDatabase db) {
    setUp(db);
    try (Session session = factory.openSession()) {
      session.delete(session.get(Shelf.class, shelfId));
      session.commit();
    }
    assertEquals(List.of(), on(db, "SELECT", "tag"), db.statements().toString());
    assertEquals(List.of(), on(db, "SELECT", "shelf_tag"), db.statements().toString());
    assertEquals(1, on(db, "DELETE", "shelf_tag").size(), db.statements().toString());
    assertEquals(0, count(db, "shelf_tag"));
    assertEquals(2, count(db, "tag"));
  }

  @DatabaseTest
  void aLoadStepLoadsTheChildrenAtDeleteInBothModes(TestDatabase db) {
    setUp(db);
    try (Session session = factory.openSession()) {
      Shelf shelf = session.get(Shelf.class, shelfId);
      db.clearStatements();
      session.delete(shelf);
      assertEquals(1, on(db, "SELECT", "crate").size(), db.statements().toString());
      assertTrue(shelf.crates.isLoaded());
      assertTrue(session.deletedObjects().containsAll(shelf.crates));
      // Row by row, the boxes were loaded and marked too; set-based, a statement takes them.
      assertEquals(1 + 2 + 2 + (db.setBasedDeletes() ? 0 : 2),
          session.deletedObjects().size(), "shelf, crates, stickers (and boxes)");
      session.commit();
    }
    assertEquals(List.of(), overParentKeys(db, "crate"), db.statements().toString());
    assertEquals(0, count(db, "crate"));
    assertEquals(0, count(db, "sticker"));
    assertEquals(0, count(db, "crate_sticker"));
  }

  /**
   * Adding a deleted shelf back un-deletes it; what its DELETE cascade reached stays deleted,
   * including the boxes a statement step would have deleted unloaded (read at that add()).
   */
  @DatabaseTest
  void aShelfAddedBackAfterItsDeleteKeepsItsCascadeDeletedWhateverTheDecision(
      TestDatabase db) {
    setUp(db);
    try (Session session = factory.openSession()) {
      Shelf shelf = session.get(Shelf.class, shelfId);
      session.delete(shelf);
      session.add(shelf);
      assertEquals(ObjectState.PERSISTENT, session.state(shelf));
      session.commit();
    }
    assertEquals(1, count(db, "shelf"));
    assertEquals(0, count(db, "box"));
    assertEquals(0, count(db, "crate"));
    assertEquals(2, count(db, "label"));
    assertEquals(2, db.number("SELECT COUNT(*) FROM \"book\" WHERE \"shelf_id\" = " + shelfId));
    assertEquals(2, count(db, "shelf_tag"));
  }

  /**
   * The flush runs the DELETE cascade again from the same decisions, so children linked to a
   * shelf (its boxes loaded) after its {@code delete()} go with it: a new box is never
   * inserted, a box moved from another shelf is deleted. SQLAlchemy writes both under the
   * deleted shelf, which fails the flush on the foreign key.
   */
  @DatabaseTest
  void boxesLinkedToTheShelfAfterItsDeleteGoWithItAtTheFlush(TestDatabase db) {
    setUp(db);
    try (Session session = factory.openSession()) {
      Shelf shelf = session.get(Shelf.class, shelfId);
      assertEquals(2, shelf.boxes.size());
      Shelf other = new Shelf("o");
      Box moved = new Box("m");
      other.boxes.add(moved);
      session.add(other);
      session.flush();
      session.delete(shelf);
      Box late = new Box("late");
      shelf.boxes.add(late);
      shelf.boxes.add(moved);
      assertEquals(ObjectState.PENDING, session.state(late));
      assertEquals(ObjectState.PERSISTENT, session.state(moved));
      session.commit();
      assertEquals(ObjectState.TRANSIENT, session.state(late));
      assertEquals(ObjectState.DETACHED, session.state(moved));
      assertNull(late.id);
    }
    assertEquals(0, count(db, "box"));
    assertEquals(1, count(db, "shelf"));
  }
}
