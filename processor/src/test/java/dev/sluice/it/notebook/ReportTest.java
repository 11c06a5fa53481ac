package dev.sluice.it.notebook;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The report the processor writes next to the classes of each schema. */
class ReportTest {
  @Test
  void theReportHoldsTheDiagramRelationshipsInsertOrderAndDeletePlans() throws IOException {
    String report;
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/sluice/dev.sluice.it.notebook.NotebookSchema.md")) {
      assertNotNull(in, "the report is generated on the class path");
      report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(report.contains("```mermaid\nerDiagram\n"), report);
    assertTrue(report.contains("Person ||--o{ MoreLog : \"morelogs / person; delete,"
        + " delete-orphan\""), report);
    assertTrue(report.contains("| Person.manylogs (backref) | many-to-many | ManyLog |"), report);
    assertTrue(report.contains("1. Person (`persons`)"), report);
    assertTrue(report.contains("- Deleting a Person: DELETE its morelogs; DELETE its log; set"
        + " logs.person_id to NULL; set otherlogs.person_id to NULL; DELETE its manylog_person"
        + " links; DELETE the person."), report);
  }
}
