package dev.sluice.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.sluice.processor.SluiceProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles tiny models with the Sluice processor and checks what it reports. Sources live in
 * package {@code model}, with the annotations and the runtime holders imported on line 1.
 */
final class Compilations {
  static final String PACKAGE = "model";
  private static final String HEADER = "package " + PACKAGE + "; "
      + "import dev.sluice.annotations.*; import dev.sluice.runtime.*;";

  private static final Map<Compilation, List<String>> GENERATED = new WeakHashMap<>();

  private Compilations() {}

  /** The source of {@code model.<simpleName>}: the header line, then {@code lines}. */
  static JavaFileObject source(String simpleName, String... lines) {
    List<String> all = new ArrayList<>(List.of(HEADER));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines(PACKAGE + "." + simpleName, all);
  }

  /** {@code @Schema(entities = {…}) interface S {}} listing the given classes. */
  static JavaFileObject schema(String... entities) {
    return source("S", "@Schema(entities = {" + String.join(", ",
        List.of(entities).stream().map(e -> e + ".class").toList()) + "})", "interface S {}");
  }

  static Compilation compile(JavaFileObject... sources) {
    return compileWith(List.of(), sources);
  }

  /** Compiles with the Sluice processor and {@code other} in the same rounds. */
  static Compilation compileBeside(Processor other, JavaFileObject... sources) {
    return compileWith(List.of(other), sources);
  }

  private static Compilation compileWith(List<Processor> others, JavaFileObject... sources) {
    RecordingProcessor sluice = new RecordingProcessor(new SluiceProcessor());
    List<Processor> processors = new ArrayList<>(List.of(sluice));
    processors.addAll(others);
    Compilation compilation = javac().withProcessors(processors).compile(sources);
    synchronized (GENERATED) {
      GENERATED.put(compilation, sluice.created());
    }
    return compilation;
  }

  /**
   * The qualified names of the sources, and the relative names of the resources, the Sluice
   * processor created; recorded by its Filer, so a failed compilation shows them too.
   */
  static List<String> generated(Compilation compilation) {
    synchronized (GENERATED) {
      return GENERATED.get(compilation);
    }
  }

  /** The messages of the errors Sluice reported (javac's own are left out). */
  static List<String> sluiceErrors(Compilation compilation) {
    return messages(compilation.errors());
  }

  /** The messages of the warnings Sluice reported. */
  static List<String> sluiceWarnings(Compilation compilation) {
    return messages(compilation.warnings());
  }

  /**
   * Asserts that Sluice reported exactly one error, {@code message}, on the line of {@code file}
   * containing {@code line}, and that nothing was generated.
   */
  static void assertSingleError(Compilation compilation, String message, JavaFileObject file,
      String line) {
    assertThat(compilation).failed();
    assertWithMessage("Sluice errors").that(sluiceErrors(compilation)).containsExactly(message);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    assertNothingGenerated(compilation);
  }

  /**
   * Asserts that the model compiled, and that Sluice reported exactly one warning,
   * {@code message}, on the line of {@code file} containing {@code line}.
   */
  static void assertSingleWarning(Compilation compilation, String message, JavaFileObject file,
      String line) {
    assertThat(compilation).succeeded();
    assertWithMessage("Sluice warnings").that(sluiceWarnings(compilation))
        .containsExactly(message);
    assertThat(compilation).hadWarningContaining(message).inFile(file).onLineContaining(line);
  }

  /** Asserts that no metamodel, DAO, other source or report was generated. */
  static void assertNothingGenerated(Compilation compilation) {
    assertWithMessage("generated sources").that(generated(compilation)).isEmpty();
  }

  private static List<String> messages(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream().map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.contains("SLUICE-")).toList();
  }
}
