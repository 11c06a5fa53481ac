package dev.sluice.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.diagnostics.Compilations.compile;
import static dev.sluice.processor.diagnostics.Compilations.schema;
import static dev.sluice.processor.diagnostics.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.sluice.processor.base.Diagnostic;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A schema with an error generates nothing, and code that calls its DAOs and metamodels does
 * not drown that error: javac stops after annotation processing, so the Sluice error is the
 * only one (what the README's Diagnostics section promises).
 */
class GeneratedApiDiagnosticsTest {
  @Test
  void codeCallingTheClassesOfASchemaWithAnErrorShowsOnlyThatError() {
    JavaFileObject person = source("Person",
        "@Entity class Person {",
        "  Long id;",
        "}");
    JavaFileObject app = source("App",
        "class App {",
        "  Object people(Session session) { return new PersonDao(session).findAll(); }",
        "  Object table() { return Person_.TYPE; }",
        "  Object metadata() { return S_Metadata.INSTANCE; }",
        "}");
    Compilation compilation = compile(person, app, schema("Person"));
    assertThat(compilation).failed();
    assertThat(compilation.errors().stream().map(e -> e.getMessage(Locale.ROOT)).toList())
        .containsExactly(Diagnostic.NO_ID.format("Person"));
    assertThat(compilation).hadErrorContaining("SLUICE-E101").inFile(person)
        .onLineContaining("class Person");
  }
}
