package dev.sluice.it.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;

/** Rows that depend on each other, written with a post-update. */
class PostUpdateTest {
  @DatabaseTest
  void aWidgetAndItsFavoriteEntryAreInsertedThenLinked(TestDatabase db) {
    SessionFactory factory = db.create(WidgetSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Widget widget = new Widget("w");
      Entry e1 = new Entry("e1");
      Entry e2 = new Entry("e2");
      widget.entries.add(e1);
      widget.entries.add(e2);
      widget.favoriteEntry.set(e1);
      session.add(widget);
      db.clearStatements();
      session.flush();

      // Both entries go in one JDBC batch, their generated keys read back.
      assertEquals(List.of("INSERT widget", "INSERT entry", "UPDATE widget"), db.writes());
      assertNotNull(e1.entryId);
      assertEquals(e1.entryId, widget.favoriteEntryId);
      session.commit();
    }
    assertEquals(List.of("e1"), db.column("SELECT e.\"name\" FROM \"widget\" w JOIN \"entry\" e"
        + " ON e.\"entry_id\" = w.\"favorite_entry_id\""));
  }

  @DatabaseTest
  void deletingTheWidgetClearsTheReferenceFirst(TestDatabase db) {
    SessionFactory factory = db.create(WidgetSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Widget widget = new Widget("w");
      Entry entry = new Entry("e1");
      widget.entries.add(entry);
      widget.favoriteEntry.set(entry);
      session.add(widget);
      session.commit();

      db.clearStatements();
      session.delete(widget);
      session.commit();
      assertEquals(List.of("UPDATE widget", "DELETE entry", "DELETE widget"), db.writes());
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"widget\""));
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"entry\""));
  }

  @DatabaseTest
  void aRowPointingToItselfIsInsertedAndDeleted(TestDatabase db) {
    SessionFactory factory = db.create(WidgetSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Node node = new Node("loop");
      node.next.set(node);
      session.add(node);
      db.clearStatements();
      session.commit();
      assertEquals(List.of("INSERT node", "UPDATE node"), db.writes());
      assertEquals(node.id, node.nextId);
      assertEquals(List.of(node.id), db.column("SELECT \"next_id\" FROM \"node\"").stream()
          .map(v -> ((Number) v).longValue()).toList());

      session.delete(node);
      session.commit();
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM \"node\""));
  }
}
