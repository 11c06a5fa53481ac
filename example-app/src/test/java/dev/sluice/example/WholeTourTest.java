package dev.sluice.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.example.support.TestDatabase;
import dev.sluice.example.support.TourTest;
import dev.sluice.example.tour.ScenarioInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The whole tour from the command line, as a user runs it with {@code --url}. */
class WholeTourTest {
  @TourTest
  void theWholeTourRunsTwiceOnOneDatabaseWithTheSameOutput(TestDatabase db) {
    String first = tour(db);
    String second = tour(db);
    assertEquals(first, second, "each scenario starts from empty tables and drops them");
    for (ScenarioInfo info : Scenarios.all()) {
      assertTrue(first.contains("=== " + info.name() + ": " + info.title()), info.name());
    }
    assertEquals(0, db.tableCount());
  }

  @TourTest
  void everyLineFitsAnEightyColumnTerminal(TestDatabase db) {
    List<String> wide = tour(db).lines().filter(line -> line.length() > 80).toList();
    assertEquals(List.of(), wide);
  }

  private static String tour(TestDatabase db) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--url", db.url()},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, () -> err.toString(StandardCharsets.UTF_8));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }
}
