package dev.sluice.it.compositelinks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * An association table that declares its key to a composite primary key: the database refuses
 * a link to no box and carries a box's changed key into its links (ON UPDATE CASCADE).
 */
class DeclaredLinkKeyTest {
  private static final String LINKS = "SELECT \"aisle\", \"shelf\", \"tag_name\" FROM"
      + " \"box_tags\" ORDER BY \"aisle\", \"shelf\", \"tag_name\"";

  private static List<String> links(TestDatabase db) {
    return db.rows(LINKS).stream().map(row -> ((Number) row.get("aisle")).intValue() + "|"
        + ((Number) row.get("shelf")).intValue() + "|" + row.get("tag_name")).toList();
  }

  @DatabaseTest
  void theDatabaseCarriesAChangedKeyIntoTheLinks(TestDatabase db) {
    SessionFactory factory = db.create(BinSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Box box = new Box(1, 1);
      box.tags.add(new Tag("fragile"));
      box.tags.add(new Tag("cold"));
      session.add(box);
      session.commit();
      box.aisle = 4;
      db.clearStatements();
      session.commit();
      assertEquals(List.of("UPDATE \"boxes\" SET \"aisle\" = ? WHERE \"aisle\" = ? AND"
          + " \"shelf\" = ?"), db.statements("UPDATE"));
    }
    assertEquals(List.of("4|1|cold", "4|1|fragile"), links(db));
  }

  @DatabaseTest
  void theDatabaseRefusesALinkToNoBox(TestDatabase db) {
    db.create(BinSchema_Metadata.INSTANCE);
    db.jdbi().useHandle(h -> h.execute("INSERT INTO \"tags\" (\"name\") VALUES ('cold')"));
    assertThrows(UnableToExecuteStatementException.class, () -> db.jdbi().useHandle(h ->
        h.execute("INSERT INTO \"box_tags\" (\"aisle\", \"shelf\", \"tag_name\") VALUES"
            + " (9, 9, 'cold')")));
    assertEquals(List.of(), links(db));
  }
}
