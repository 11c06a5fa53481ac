package dev.sluice.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.sluice.processor.diagnostics.Compilations.schema;
import static dev.sluice.processor.diagnostics.Compilations.sluiceErrors;
import static dev.sluice.processor.diagnostics.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.sluice.processor.SluiceProcessor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Whatever the processor meets, even an Error such as a StackOverflowError, becomes one E999 on
 * the schema being processed: javac itself never crashes. The failure is injected through a
 * Filer proxy that throws when the first source is written.
 */
class InternalErrorDiagnosticsTest {
  private static final JavaFileObject PERSON = source("Person",
      "@Entity class Person {",
      "  @Id Long id;",
      "}");

  @Test
  void anErrorWhileWritingIsOneInternalErrorOnTheSchema() {
    JavaFileObject schema = schema("Person");
    Compilation compilation = javac().withProcessors(new FailingWrites(new SluiceProcessor()))
        .compile(PERSON, schema);
    assertThat(compilation).failed();
    assertThat(sluiceErrors(compilation)).hasSize(1);
    String message = sluiceErrors(compilation).get(0);
    assertThat(message).startsWith("[SLUICE-E999] Sluice failed unexpectedly while processing"
        + " model.S: java.lang.StackOverflowError: injected at ");
    assertThat(message).endsWith("This is a bug in Sluice; please report it with this message.");
    assertThat(compilation).hadErrorContaining("SLUICE-E999").inFile(schema)
        .onLineContaining("interface S");
  }

  /** Runs a processor whose Filer throws a StackOverflowError on the first source it writes. */
  private static final class FailingWrites implements Processor {
    private final Processor delegate;

    FailingWrites(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public void init(ProcessingEnvironment env) {
      Filer filer = proxy(Filer.class, env.getFiler(), "createSourceFile");
      delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(
          getClass().getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
          (p, method, args) -> method.getName().equals("getFiler") ? filer
              : invoke(method, env, args)));
    }

    private static <T> T proxy(Class<T> type, T target, String failing) {
      return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
          (p, method, args) -> {
            if (method.getName().equals(failing)) {
              throw new StackOverflowError("injected");
            }
            return invoke(method, target, args);
          }));
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
        throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element,
        AnnotationMirror annotation, ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }
}
