package dev.sluice.conformance;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.sluice.processor.SluiceProcessor;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles a model the way a user would and checks that Sluice rejects it with one error. */
public final class Rejections {
  private static final String HEADER =
      "package rejected; import dev.sluice.annotations.*; import dev.sluice.runtime.*;";

  private Rejections() {}

  /** The source of {@code rejected.<simpleName>}, annotations and holders imported. */
  public static JavaFileObject source(String simpleName, String... lines) {
    List<String> all = new ArrayList<>(List.of(HEADER));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("rejected." + simpleName, all);
  }

  /** Asserts that compiling the sources fails with exactly one error, carrying {@code code}. */
  public static void assertRejected(String code, JavaFileObject... sources) {
    List<String> errors = errors(compile(sources));
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains(code), errors.toString());
  }

  /**
   * Asserts that compiling the sources fails with exactly one error, {@code message} in full,
   * reported in {@code file} on the line containing {@code line}.
   */
  public static void assertRejected(String message, JavaFileObject file, String line,
      JavaFileObject... sources) {
    Compilation compilation = compile(sources);
    assertEquals(List.of(message), errors(compilation));
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new SluiceProcessor()).compile(sources);
  }

  private static List<String> errors(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null)).toList();
  }
}
