package dev.sluice.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's conformance table in step with the ported cases: each case is a
 * {@code // test_x.py Class.test_name} comment above a test method, disabled by
 * {@code @Disabled}, or marked deliberately different by a {@code // differs:} comment.
 */
class ConformanceCatalogTest {
  private static final Pattern ORIGINAL =
      Pattern.compile("^\\s*// (test_\\w+\\.py) \\w+\\.test_\\w+\\s*$");
  private static final Pattern ROW = Pattern.compile(
      "^\\| `(test_\\w+\\.py)` \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$");

  /** Ported, passing, deliberately different and disabled cases of one SQLAlchemy file. */
  record Counts(int ported, int passing, int different, int disabled) {
    Counts plus(boolean isDifferent, boolean isDisabled) {
      return new Counts(ported + 1, passing + (isDisabled ? 0 : 1),
          different + (isDifferent ? 1 : 0), disabled + (isDisabled ? 1 : 0));
    }
  }

  @Test
  void theReadmeCountsEveryPortedCase() throws IOException {
    assertEquals(countSources(), readmeRows(), "README.md's Conformance table");
  }

  private static Map<String, Counts> countSources() throws IOException {
    Map<String, Counts> counts = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/java/dev/sluice/conformance"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        int before = counts.values().stream().mapToInt(Counts::ported).sum();
        countFile(lines, counts);
        int after = counts.values().stream().mapToInt(Counts::ported).sum();
        // Surefire runs only classes named *Test; a ported case elsewhere would never run.
        assertTrue(after == before || file.getFileName().toString().endsWith("Test.java"),
            file + " holds ported cases but is not named *Test, so Surefire skips it");
      }
    }
    return counts;
  }

  private static void countFile(List<String> lines, Map<String, Counts> counts) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = ORIGINAL.matcher(lines.get(i));
      if (!m.matches()) {
        continue;
      }
      boolean different = false;
      boolean disabled = false;
      int j = i + 1;
      for (; j < lines.size() && !lines.get(j).contains("void "); j++) {
        different |= lines.get(j).trim().startsWith("// differs:");
        disabled |= lines.get(j).trim().startsWith("@Disabled(");
      }
      counts.merge(m.group(1), new Counts(0, 0, 0, 0).plus(different, disabled),
          (a, b) -> a.plus(b.different() > 0, b.disabled() > 0));
    }
  }

  private static Map<String, Counts> readmeRows() throws IOException {
    Map<String, Counts> rows = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of("../README.md"))) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        rows.put(m.group(1), new Counts(Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5))));
      }
    }
    return rows;
  }
}
