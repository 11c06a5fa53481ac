package dev.sluice.it.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.generated.LinkStatements;
import dev.sluice.runtime.meta.Relation;
import dev.sluice.runtime.support.KeyList;
import java.util.List;

/**
 * The SQL of association rows is written once, by the processor, into the owner's generated
 * flush plan: what the session sends to the association table is exactly that text, bound
 * (with a single key where the text takes a set of keys).
 */
class LinkStatementsTest {
  /**
   * The statements sent to the association table since the last clear, SELECTs left out, each
   * once (a batch is logged once, whatever its size).
   */
  private static List<String> onLinks(TestDatabase db) {
    return db.statements().stream().filter(sql -> !sql.startsWith("SELECT")
        && sql.contains(Shelf_.TAGS.secondaryTable())).distinct().toList();
  }

  private static LinkStatements links(Relation<?, ?> relation) {
    return EntityModel.of(relation.owner()).plan().links(relation);
  }

  @DatabaseTest
  void theLinkStatementsSentAreTheGeneratedOnes(TestDatabase db) {
    SessionFactory factory = db.create(DecisionSchema_Metadata.INSTANCE);
    Relation<?, ?> writing = Shelf_.TAGS.writesLinks() ? Shelf_.TAGS : Tag_.SHELVES;
    LinkStatements written = links(writing);
    LinkStatements shelfSide = links(Shelf_.TAGS);
    Long shelfId;
    Long tagId;
    try (Session session = factory.openSession()) {
      Shelf shelf = new Shelf("s");
      Tag a = new Tag("a");
      shelf.tags.add(a);
      shelf.tags.add(new Tag("b"));
      shelf.tags.add(new Tag("c"));
      session.add(shelf);
      db.clearStatements();
      session.commit();
      assertEquals(List.of(written.insert()), onLinks(db));
      assertEquals(3, db.number("SELECT COUNT(*) FROM " + Shelf_.TAGS.secondaryTable()));
      shelfId = shelf.id;
      tagId = a.id;
    }
    try (Session session = factory.openSession()) {
      Shelf shelf = session.get(Shelf.class, shelfId);
      shelf.tags.remove(session.get(Tag.class, tagId));
      db.clearStatements();
      session.commit();
      assertEquals(List.of(written.delete()), onLinks(db));
      assertEquals(2, db.number("SELECT COUNT(*) FROM " + Shelf_.TAGS.secondaryTable()));
    }
    try (Session session = factory.openSession()) {
      Shelf shelf = session.get(Shelf.class, shelfId);
      assertEquals(2, shelf.tags.size());
      db.clearStatements();
      session.delete(shelf);
      session.commit();
      assertEquals(List.of(KeyList.render(shelfSide.deleteOfOwners(), 1, false)), onLinks(db));
    }
    assertEquals(0, db.number("SELECT COUNT(*) FROM " + Shelf_.TAGS.secondaryTable()));
    assertEquals(3, db.number("SELECT COUNT(*) FROM \"tag\""));
  }

  /** The set-based UNLINK step of an unloaded collection is the same generated text. */
  @DatabaseTest
  void theSetBasedUnlinkIsTheGeneratedDeleteOfOwners(TestDatabase db) {
    SessionFactory factory = db.create(DecisionSchema_Metadata.INSTANCE);
    Long shelfId;
    try (Session session = factory.openSession()) {
      Shelf shelf = new Shelf("s");
      shelf.tags.add(new Tag("a"));
      session.add(shelf);
      session.commit();
      shelfId = shelf.id;
    }
    try (Session session = factory.openSession()) {
      session.delete(session.get(Shelf.class, shelfId));
      db.clearStatements();
      session.commit();
    }
    List<String> sent = onLinks(db);
    assertEquals(1, sent.size(), sent::toString);
    assertTrue(sent.get(0).equals(KeyList.render(links(Shelf_.TAGS).deleteOfOwners(), 1, false)),
        sent::toString);
    assertEquals(0, db.number("SELECT COUNT(*) FROM " + Shelf_.TAGS.secondaryTable()));
  }
}
