package dev.sluice.it.compositelinks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A many-to-many from an entity with a composite key: the association table names both key
 * columns of a bin, and the links follow the collection, a changed key and deletes.
 */
class CompositeManyToManyTest {
  private static final String LINKS = "SELECT \"aisle\", \"shelf\", \"tag_name\" FROM"
      + " \"bin_tags\" ORDER BY \"aisle\", \"shelf\", \"tag_name\"";

  private static List<String> links(TestDatabase db) {
    return db.rows(LINKS).stream().map(row -> ((Number) row.get("aisle")).intValue() + "|"
        + ((Number) row.get("shelf")).intValue() + "|" + row.get("tag_name")).toList();
  }

  private static Set<String> names(Set<Tag> tags) {
    return tags.stream().map(t -> t.name).collect(Collectors.toSet());
  }

  /** Two bins in aisle 1, tagged, committed. */
  private static List<Bin> bins(Session session) {
    Tag fragile = new Tag("fragile");
    Tag cold = new Tag("cold");
    Bin first = new Bin(1, 1, "first");
    Bin second = new Bin(1, 2, "second");
    first.tags.add(fragile);
    first.tags.add(cold);
    second.tags.add(cold);
    session.addAll(List.of(first, second));
    session.commit();
    return List.of(first, second);
  }

  @DatabaseTest
  void linksNameBothColumnsOfTheBinsKey(TestDatabase db) {
    SessionFactory factory = db.create(BinSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Bin first = bins(session).get(0);
      first.tags.removeIf(tag -> tag.name.equals("cold"));
      db.clearStatements();
      session.commit();
      assertEquals(List.of("DELETE FROM \"bin_tags\" WHERE \"aisle\" = ? AND \"shelf\" = ? AND"
          + " \"tag_name\" = ?"), db.statements("DELETE"));
    }
    try (Session session = factory.openSession()) {
      assertEquals(Set.of("fragile"), names(session.get(Bin.class, List.of(1, 1)).tags));
      assertEquals(Set.of("cold"), names(session.get(Bin.class, List.of(1, 2)).tags));
    }
    assertEquals(List.of("1|1|fragile", "1|2|cold"), links(db));
  }

  @DatabaseTest
  void linksFollowABinsChangedKey(TestDatabase db) {
    SessionFactory factory = db.create(BinSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Bin first = bins(session).get(0);
      first.aisle = 7;
      db.clearStatements();
      session.commit();
      assertEquals(List.of("UPDATE \"bins\" SET \"aisle\" = ? WHERE \"aisle\" = ? AND"
          + " \"shelf\" = ?", "UPDATE \"bin_tags\" SET \"aisle\" = ?, \"shelf\" = ? WHERE"
          + " \"aisle\" = ? AND \"shelf\" = ?"), db.statements("UPDATE"));
    }
    assertEquals(List.of("1|2|cold", "7|1|cold", "7|1|fragile"), links(db));
  }

  @DatabaseTest
  void deletingABinDeletesItsLinksAndKeepsTheTags(TestDatabase db) {
    SessionFactory factory = db.create(BinSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      bins(session);
    }
    try (Session session = factory.openSession()) {
      session.delete(session.get(Bin.class, List.of(1, 1)));
      db.clearStatements();
      session.commit();
      assertEquals(List.of("DELETE FROM \"bin_tags\" WHERE \"aisle\" = ? AND \"shelf\" = ?",
          "DELETE FROM \"bins\" WHERE (\"aisle\", \"shelf\") = (?, ?)"),
          db.statements("DELETE"));
    }
    assertEquals(List.of("1|2|cold"), links(db));
    try (Session session = factory.openSession()) {
      db.clearStatements();
      assertEquals(1, session.query(Bin.class).where("\"aisle\" = :a").bind("a", 1).delete());
      if (db.setBasedDeletes()) { // the bulk plan's set step over row values
        assertEquals(List.of("DELETE FROM \"bin_tags\" WHERE (\"aisle\", \"shelf\") = (?, ?)",
            "DELETE FROM \"bins\" WHERE (\"aisle\", \"shelf\") = (?, ?)"),
            db.statements("DELETE"));
      }
      session.commit();
    }
    assertEquals(List.of(), links(db));
    assertEquals(2L, db.number("SELECT COUNT(*) FROM \"tags\""), "the tags stay");
  }
}
