package dev.sluice.processor.fuzz;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.sluice.processor.SluiceProcessor;
import dev.sluice.processor.diagnostics.RecordingProcessor;
import dev.sluice.processor.fuzz.Outcome.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles a model in this JVM with the Sluice processor and classifies what happened. */
final class FuzzCompiler {
  private FuzzCompiler() {}

  /**
   * Compiles {@code model}; {@code blamed} are the classes a mutation changed (empty for a
   * valid model): when it is rejected, one of them (or the schema) must carry an error.
   */
  static Outcome compile(Model model, Set<String> blamed) {
    List<JavaFileObject> files = new ArrayList<>();
    for (String[] source : model.sources()) {
      files.add(JavaFileObjects.forSourceString(source[0], source[1]));
    }
    Compilation compilation;
    RecordingProcessor sluice = new RecordingProcessor(new SluiceProcessor());
    try {
      compilation = javac().withOptions("-Xlint:all,-processing")
          .withProcessors(sluice).compile(files);
    } catch (Throwable e) { // a processor's exception escapes javac as a RuntimeException
      return Outcome.of(Kind.CRASH, "javac threw " + rootCause(e), null);
    }
    return classify(model, compilation, blamed, sluice.created());
  }

  private static Outcome classify(Model model, Compilation compilation, Set<String> blamed,
      List<String> generated) {
    List<Diagnostic<? extends JavaFileObject>> sluice = new ArrayList<>();
    List<Diagnostic<? extends JavaFileObject>> javacErrors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
      (message(d).contains("[SLUICE-") ? sluice : javacErrors).add(d);
    }
    for (Diagnostic<? extends JavaFileObject> d : sluice) {
      if (message(d).contains("SLUICE-E999")) {
        return Outcome.of(Kind.CRASH, message(d), compilation);
      }
    }
    List<String> foreignWarnings = compilation.warnings().stream().map(FuzzCompiler::describe)
        .filter(m -> !m.contains("[SLUICE-")).toList();
    for (Diagnostic<? extends JavaFileObject> d : compilation.warnings()) {
      if (message(d).contains("[SLUICE-") && !onUserSource(model, d)) {
        return Outcome.of(Kind.MISPLACED, describe(d), compilation);
      }
    }
    if (compilation.status() == Compilation.Status.SUCCESS) {
      if (!foreignWarnings.isEmpty()) {
        return Outcome.of(Kind.GENERATED_FAILS, "javac warned:\n"
            + Outcome.summary(foreignWarnings), compilation);
      }
      return Outcome.of(Kind.ACCEPTED, "", compilation);
    }
    if (sluice.isEmpty()) {
      return Outcome.of(Kind.GENERATED_FAILS, Outcome.summary(javacErrors.stream()
          .map(FuzzCompiler::describe).toList()), compilation);
    }
    Outcome rejected = Outcome.of(Kind.REJECTED, Outcome.summary(sluice.stream()
        .map(FuzzCompiler::describe).toList()), compilation)
        .withCounts(sluice.size(), javacErrors.size());
    if (!generated.isEmpty()) {
      return rejected.as(Kind.MISPLACED, "errors reported, yet sources were generated: "
          + generated.get(0));
    }
    for (Diagnostic<? extends JavaFileObject> d : sluice) {
      if (!onUserSource(model, d)) {
        return rejected.as(Kind.MISPLACED, describe(d));
      }
    }
    if (!blamed.isEmpty() && sluice.stream().noneMatch(d -> inAny(d, blamed, model))) {
      return rejected.as(Kind.MISPLACED, "no error on " + blamed + ":\n"
          + Outcome.summary(sluice.stream().map(FuzzCompiler::describe).toList()));
    }
    return rejected;
  }

  private static boolean inAny(Diagnostic<? extends JavaFileObject> d, Set<String> blamed,
      Model model) {
    for (String name : blamed) {
      // a mistake in a column moved to the entity's mapped superclass is reported there
      if (isFile(d, name) || model.sources().stream().anyMatch(source -> simpleName(source[0])
          .startsWith(simpleName(name) + "Base") && isFile(d, source[0]))) {
        return true;
      }
    }
    return false;
  }

  private static boolean onUserSource(Model model, Diagnostic<? extends JavaFileObject> d) {
    if (d.getSource() == null || d.getLineNumber() <= 0) {
      return false;
    }
    return model.sources().stream().anyMatch(s -> isFile(d, s[0]));
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  /** Whether the diagnostic is in the source of class {@code qualified}. */
  private static boolean isFile(Diagnostic<? extends JavaFileObject> d, String qualified) {
    String file = "/" + d.getSource().toUri().getPath();
    return file.endsWith("/" + qualified.replace('.', '/') + ".java");
  }

  static String message(Diagnostic<? extends JavaFileObject> d) {
    return d.getMessage(Locale.ROOT);
  }

  static String describe(Diagnostic<? extends JavaFileObject> d) {
    String where = d.getSource() == null ? "(no file)"
        : d.getSource().toUri().getPath() + ":" + d.getLineNumber();
    return where + ": " + message(d);
  }

  static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    StackTraceElement[] stack = cause.getStackTrace();
    return cause + (stack.length > 0 ? " at " + stack[0] : "");
  }
}
