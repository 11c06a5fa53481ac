package dev.sluice.processor.golden;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.sluice.processor.SluiceProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares the sources generated for a small model with the files under
 * {@code src/test/resources/golden/}, so that any change to generated code shows up in review.
 *
 * <p>After an intended change, regenerate the files with
 * {@code mvn -pl processor -am test -Dtest=GoldenSourcesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dsluice.updateGoldens=true}: the test then rewrites them (and prints where) instead of
 * comparing. Read the diff before committing it.
 */
class GoldenSourcesTest {
  private static final String UPDATE = "sluice.updateGoldens";

  private static final List<JavaFileObject> MODEL = List.of(
      JavaFileObjects.forSourceLines("app.Status",
          "package app;",
          "",
          "public enum Status { ACTIVE, BLOCKED }"),
      JavaFileObjects.forSourceLines("app.Person",
          "package app;",
          "",
          "import dev.sluice.annotations.Cascade;",
          "import dev.sluice.annotations.Column;",
          "import dev.sluice.annotations.Entity;",
          "import dev.sluice.annotations.GeneratedValue;",
          "import dev.sluice.annotations.Id;",
          "import dev.sluice.annotations.Relationship;",
          "import dev.sluice.runtime.RelatedList;",
          "",
          "@Entity(table = \"persons\")",
          "public class Person {",
          "  @Id @GeneratedValue Long id;",
          "  @Column(nullable = false, unique = true, length = 120) String email;",
          "  Status status;",
          "",
          "  @Relationship(backPopulates = \"person\",",
          "      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, orderBy = \"id\")",
          "  final RelatedList<Log> logs = Person_.logs(this);",
          "}"),
      JavaFileObjects.forSourceLines("app.Log",
          "package app;",
          "",
          "import dev.sluice.annotations.Action;",
          "import dev.sluice.annotations.Column;",
          "import dev.sluice.annotations.Entity;",
          "import dev.sluice.annotations.ForeignKey;",
          "import dev.sluice.annotations.GeneratedValue;",
          "import dev.sluice.annotations.Id;",
          "import dev.sluice.annotations.Relationship;",
          "import dev.sluice.runtime.RelatedRef;",
          "",
          "@Entity(table = \"logs\")",
          "public class Log {",
          "  @Id @GeneratedValue Long id;",
          "  String message;",
          "  @ForeignKey(entity = Person.class, onDelete = Action.CASCADE)",
          "  @Column(nullable = false) Long personId;",
          "",
          "  @Relationship(backPopulates = \"logs\")",
          "  final RelatedRef<Person> person = Log_.person(this);",
          "}"),
      JavaFileObjects.forSourceLines("app.Journal",
          "package app;",
          "",
          "import dev.sluice.annotations.Schema;",
          "",
          "@Schema(entities = {Person.class, Log.class})",
          "public interface Journal {}"));

  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation = javac().withProcessors(new SluiceProcessor()).compile(MODEL);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Person_", "PersonDao",
      "Journal_Metadata", "Journal_Module"})
  void generatedSourceMatchesGolden(String simpleName) throws IOException {
    String generated = compilation.generatedSourceFile("app." + simpleName)
        .orElseThrow(() -> new AssertionError("app." + simpleName + " was not generated"))
        .getCharContent(true).toString();
    String file = simpleName + ".java";
    if (Boolean.getBoolean(UPDATE)) {
      Path golden = goldenDirectory().resolve(file);
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, generated, StandardCharsets.UTF_8);
      System.out.println("Wrote golden source " + golden.toAbsolutePath());
      return;
    }
    assertWithMessage("generated %s differs from golden/%s (regenerate with -D%s=true)",
        simpleName, file, UPDATE).that(generated).isEqualTo(golden(file));
  }

  /** The golden file as the test classpath has it. */
  private static String golden(String file) {
    try (InputStream in = GoldenSourcesTest.class.getResourceAsStream("/golden/" + file)) {
      if (in == null) {
        throw new AssertionError("No golden/" + file + " on the test classpath; generate it with"
            + " -D" + UPDATE + "=true");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The source directory of the golden files (Maven runs tests in the module directory). */
  private static Path goldenDirectory() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
        "src", "test", "resources", "golden");
  }
}
