package dev.sluice.it.unique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Dialect;
import dev.sluice.runtime.IntegrityException;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @Unique}: the database holds the constraint over the columns together. */
class UniqueKeyTest {
  private static final String ROWS = "SELECT \"title\" || ' ' || COALESCE(CAST(\"number\" AS"
      + " VARCHAR(10)), '-') FROM \"edition\" ORDER BY 1";

  @DatabaseTest
  void rowsMayShareSomeColumnsOfTheConstraintButNotAll(TestDatabase db) {
    SessionFactory factory = db.create(UniqueSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.addAll(List.of(new Edition("A", 1), new Edition("A", 2), new Edition("B", 1)));
      session.commit();

      Edition again = new Edition("A", 1);
      session.add(again);
      assertThrows(IntegrityException.class, session::flush);
      session.expunge(again);
      session.commit();
    }
    assertEquals(List.of("A 1", "A 2", "B 1"), db.column(ROWS));
  }

  @DatabaseTest
  void aNullInOneOfTheColumnsNeverClashes(TestDatabase db) {
    SessionFactory factory = db.create(UniqueSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      session.addAll(List.of(new Edition("C", null), new Edition("C", null)));
      session.commit();
    }
    assertEquals(List.of("C -", "C -"), db.column(ROWS));
  }

  @DatabaseTest
  void eachConstraintHoldsOnItsOwn(TestDatabase db) {
    SessionFactory factory = db.create(UniqueSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Edition first = new Edition("A", 1);
      first.catalogue = "ISBN";
      first.code = "1";
      session.add(first);
      session.commit();

      Edition second = new Edition("B", 1);
      second.catalogue = "ISBN";
      second.code = "1";
      session.add(second);
      assertThrows(IntegrityException.class, session::flush);
      second.code = "2"; // the failed flush kept the object pending: fixed, it is written
      session.commit();
    }
    assertEquals(List.of("A 1", "B 1"), db.column(ROWS));
    factory.dropAll();
    assertEquals(0L, db.number("SELECT COUNT(*) FROM " + (db.dialect() == Dialect.SQLITE
        ? "sqlite_master WHERE name = 'edition'"
        : "information_schema.tables WHERE table_name = 'edition'")));
  }

  @Test
  void theSchemaReportMarksTheConstraintsColumns() throws IOException {
    String report;
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/sluice/dev.sluice.it.unique.UniqueSchema.md")) {
      report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(report.contains("    string title UK \"unique with number\"\n"
        + "    integer number UK \"unique with title\"\n"), report);
  }
}
