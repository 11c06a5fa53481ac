package dev.sluice.it.mapped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Columns of {@code @MappedSuperclass} ancestors, one in another package: in each entity's
 * table (farthest ancestor first), loaded, dirty-checked and written like the entity's own.
 */
class MappedSuperclassTest {
  @DatabaseTest
  void inheritedColumnsAreWrittenLoadedAndUpdated(TestDatabase db) {
    SessionFactory factory = db.create(MappedSchema_Metadata.INSTANCE);
    try (Session session = factory.openSession()) {
      Folder folder = new Folder("drafts", "ann");
      folder.papers.add(new Paper("one", "bob"));
      session.add(folder);
      session.commit();
      assertEquals(1L, folder.id); // the inherited generated id was read back
    }
    assertEquals(List.of(Map.of("created_by", "ann", "revision", 0L, "id", 1L, "name",
        "drafts")), rows(db, "SELECT * FROM \"folder\""));
    assertEquals(List.of("created_by", "revision", "id", "name"),
        List.copyOf(db.rows("SELECT * FROM \"folder\"").get(0).keySet()));

    try (Session session = factory.openSession()) {
      Folder folder = new FolderDao(session).findAll().get(0);
      Paper paper = folder.papers.get(0);
      assertEquals("bob", paper.createdBy);
      assertSame(folder, paper.folder.get());
      db.clearStatements();
      paper.setRevision(2);
      session.commit();
      // only the changed inherited column is written
      assertEquals(1, db.statements("UPDATE").size());
      assertEquals(true, db.statements("UPDATE").get(0).contains("\"revision\""));
      assertEquals(false, db.statements("UPDATE").get(0).contains("\"created_by\""));
    }
    assertEquals(List.of(Map.of("created_by", "bob", "revision", 2L, "id", 1L, "title", "one",
        "folder_id", 1L)), rows(db, "SELECT * FROM \"paper\""));
  }

  @Test
  void theSchemaReportSaysWhereInheritedColumnsComeFrom() throws IOException {
    String report;
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/sluice/dev.sluice.it.mapped.MappedSchema.md")) {
      report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(report.contains("  Paper {\n    string createdBy \"from Audited\"\n"
        + "    long revision \"from Audited\"\n    long id PK \"from Keyed\"\n"
        + "    string title\n    long folderId FK\n  }\n"), report);
  }

  /** Rows with numbers as longs, so both databases compare alike. */
  private static List<Map<String, Object>> rows(TestDatabase db, String sql) {
    return db.rows(sql).stream().map(row -> {
      Map<String, Object> same = new LinkedHashMap<>();
      row.forEach((column, value) -> same.put(column,
          value instanceof Number number ? Long.valueOf(number.longValue()) : value));
      return same;
    }).toList();
  }
}
