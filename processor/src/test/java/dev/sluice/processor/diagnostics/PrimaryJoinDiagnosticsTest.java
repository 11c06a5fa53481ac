package dev.sluice.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static dev.sluice.processor.diagnostics.Compilations.assertSingleError;
import static dev.sluice.processor.diagnostics.Compilations.compile;
import static dev.sluice.processor.diagnostics.Compilations.schema;
import static dev.sluice.processor.diagnostics.Compilations.sluiceWarnings;
import static dev.sluice.processor.diagnostics.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.sluice.processor.base.Diagnostic;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A {@code primaryJoin} decides which column a key without {@code @ForeignKey} references: the
 * one it names, never silently the {@code @Id}; a column that cannot be referenced is E343.
 */
class PrimaryJoinDiagnosticsTest {
  private static final String JOIN = "Person.code = Log.personCode";

  private static JavaFileObject person(String codeColumn, String options) {
    return source("Person",
        "@Entity class Person {",
        "  @Id Long id;",
        "  " + codeColumn,
        "  @Relationship(" + options + "primaryJoin = \"" + JOIN + "\")",
        "  final RelatedList<Log> logs = Person_.logs(this);",
        "}");
  }

  private static JavaFileObject log(String keyColumn, String... relationship) {
    String[] lines = new String[relationship.length + 4];
    lines[0] = "@Entity class Log {";
    lines[1] = "  @Id Long id;";
    lines[2] = "  " + keyColumn;
    System.arraycopy(relationship, 0, lines, 3, relationship.length);
    lines[lines.length - 1] = "}";
    return source("Log", lines);
  }

  @Test
  void aKeyWithoutForeignKeyJoinsTheUniqueColumnThePrimaryJoinNames() throws IOException {
    Compilation compilation = compile(
        person("@Column(unique = true) String code;", "backPopulates = \"person\", "),
        log("String personCode;",
            "  @Relationship(backPopulates = \"logs\", primaryJoin = \"" + JOIN + "\")",
            "  final RelatedRef<Person> person = Log_.person(this);"),
        schema("Person", "Log"));
    CompilationSubject.assertThat(compilation).succeeded();
    assertThat(sluiceWarnings(compilation)).isEmpty();
    String report = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/sluice/model.S.md").orElseThrow().getCharContent(true).toString();
    assertThat(report).contains("| Person.code = Log.personCode |");
    assertThat(report).contains("| Log.personCode = Person.code |");
    assertThat(report).doesNotContain("Person.id = Log.personCode");
    assertThat(report).doesNotContain("Log.personCode = Person.id");
  }

  @Test
  void aPrimaryJoinPairingAKeyWithAColumnThatIsNotUnique() {
    // neither column is unique, so foreignKeys says which one is the key
    JavaFileObject person = person("String code;", "foreignKeys = {\"Log.personCode\"}, ");
    assertSingleError(compile(person, log("String personCode;"), schema("Person", "Log")),
        Diagnostic.JOIN_PAIR_NOT_REFERENCEABLE.format("Person.logs", "Log.personCode", "Person",
            "code", "which is neither the primary key nor unique", "Person"),
        person, "primaryJoin");
  }

  @Test
  void aPrimaryJoinPairingAKeyWithAnotherColumnThanItsForeignKeyReferences() {
    JavaFileObject person = person("@Column(unique = true) Long code;", "");
    JavaFileObject log = log("@ForeignKey(entity = Person.class) Long personCode;");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.JOIN_PAIR_NOT_REFERENCEABLE.format("Person.logs", "Log.personCode", "Person",
            "code", "but its @ForeignKey references Person.id", "Person"),
        person, "primaryJoin");
  }
}
