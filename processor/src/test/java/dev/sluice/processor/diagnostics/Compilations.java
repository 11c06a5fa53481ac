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
import java.util.Set;
import java.util.WeakHashMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
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
    GeneratedSources recorder = new GeneratedSources();
    Compilation compilation = javac().withProcessors(new SluiceProcessor(), recorder)
        .compile(sources);
    synchronized (GENERATED) {
      GENERATED.put(compilation, recorder.names());
    }
    return compilation;
  }

  /**
   * The qualified names of the sources the processor generated. compile-testing hands out
   * generated files only when the compilation succeeded, so {@link GeneratedSources} records
   * them as they become root elements of later rounds.
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

  /** Asserts that no metamodel, DAO or other source was generated. */
  static void assertNothingGenerated(Compilation compilation) {
    assertWithMessage("generated sources").that(generated(compilation)).isEmpty();
  }

  /** Claims nothing; records the types that rounds after the first bring in (the generated ones). */
  private static final class GeneratedSources extends AbstractProcessor {
    private final List<String> names = new ArrayList<>();
    private boolean first = true;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!first) {
        for (Element root : round.getRootElements()) {
          if (root instanceof TypeElement) {
            names.add(((TypeElement) root).getQualifiedName().toString());
          }
        }
      }
      first = false;
      return false;
    }

    List<String> names() {
      return List.copyOf(names);
    }
  }

  private static List<String> messages(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream().map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.contains("SLUICE-")).toList();
  }
}
