package dev.sluice.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sluice.processor.base.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog itself: stable, distinct codes and names, and a test for every diagnostic. */
class CatalogTest {
  @Test
  void codesAreDistinct() {
    List<String> codes = Arrays.stream(Diagnostic.values()).map(Diagnostic::code).toList();
    assertThat(codes).containsNoDuplicates();
  }

  @Test
  void everyWarningHasADistinctSuppressionName() {
    List<String> names = Arrays.stream(Diagnostic.values()).filter(Diagnostic::isWarning)
        .map(Diagnostic::suppressionName).toList();
    assertThat(names).containsNoDuplicates();
    assertThat(names).doesNotContain("");
  }

  @Test
  void formatPutsProblemArgumentsFirstThenFixArguments() {
    assertThat(Diagnostic.FK_TARGET_NOT_IN_SCHEMA.format("Log.personId", "Person", "S",
        "Person")).isEqualTo("[SLUICE-E202] @ForeignKey on Log.personId references Person,"
            + " which is not in @Schema S. Add Person to the schema's entities.");
    assertThat(Diagnostic.NULLIFY_NOT_NULL.code()).isEqualTo("SLUICE-W402");
  }

  /** A diagnostic added to the catalog needs a test here that triggers it. */
  @Test
  void everyTriggerableDiagnosticIsTested() throws IOException {
    Path tests = Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
        "src/test/java/dev/sluice/processor/diagnostics");
    String sources;
    try (Stream<Path> files = Files.list(tests)) {
      sources = files.filter(f -> f.toString().endsWith("DiagnosticsTest.java"))
          .map(CatalogTest::read).collect(Collectors.joining("\n"));
    }
    List<String> untested = Arrays.stream(Diagnostic.values())
        .filter(d -> d != Diagnostic.INTERNAL_ERROR)
        .filter(d -> !sources.contains("Diagnostic." + d.name() + ".format("))
        .map(Diagnostic::name).toList();
    assertWithMessage("diagnostics without a test").that(untested).isEmpty();
  }

  /** The README's diagnostics catalog names every code and every warning's suppression name. */
  @Test
  void theReadmeListsEveryCode() throws IOException {
    Path readme = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
        .resolve("../README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    for (Diagnostic diagnostic : Diagnostic.values()) {
      assertWithMessage("README row for " + diagnostic).that(text)
          .contains("| `" + diagnostic.code() + "` |");
      if (diagnostic.isWarning()) {
        assertThat(text).contains("`sluice:" + diagnostic.suppressionName() + "`");
      }
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
