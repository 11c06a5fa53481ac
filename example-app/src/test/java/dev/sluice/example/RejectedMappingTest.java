package dev.sluice.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.sluice.example.rejected.RejectedMapping;
import dev.sluice.processor.SluiceProcessor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles the rejected mappings the tour prints with Sluice's processor: javac must report
 * exactly the stored error, so the text the tour shows can never drift from the compiler's.
 */
class RejectedMappingTest {
  static Stream<RejectedMapping> mappings() {
    return RejectedMapping.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappings")
  void javacReportsExactlyTheStoredError(RejectedMapping mapping) {
    Compilation compilation = Compiler.javac()
        .withProcessors(new SluiceProcessor())
        .withOptions("-Xlint:all,-processing")
        .compile(JavaFileObjects.forSourceString(mapping.qualifiedName(), mapping.source()));

    assertEquals(Compilation.Status.FAILURE, compilation.status());
    List<String> errors = compilation.errors().stream().map(RejectedMappingTest::format)
        .toList();
    assertEquals(List.of(mapping.error()), errors, "one mistake, one error");
  }

  @Test
  void theTourPrintsEverySourceAndError() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--scenario", "rejected"},
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code);
    for (RejectedMapping mapping : RejectedMapping.ALL) {
      assertTrue(printed.contains("// " + mapping.fileName()), printed);
      // The tour wraps the error to 80 columns: compare word by word.
      assertTrue(words(printed).contains(words(mapping.error())), printed);
    }
  }

  /** A diagnostic as javac prints it: {@code File.java:LINE: error: MESSAGE}. */
  private static String format(Diagnostic<? extends JavaFileObject> error) {
    String path = error.getSource() == null ? "?" : error.getSource().getName();
    String file = path.substring(path.lastIndexOf('/') + 1);
    return file + ":" + error.getLineNumber() + ": error: " + error.getMessage(Locale.ROOT);
  }

  private static String words(String text) {
    return String.join(" ", text.trim().split("\\s+"));
  }
}
