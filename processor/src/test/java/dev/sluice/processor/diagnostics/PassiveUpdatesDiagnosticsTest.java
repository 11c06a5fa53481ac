package dev.sluice.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.diagnostics.Compilations.assertSingleError;
import static dev.sluice.processor.diagnostics.Compilations.compile;
import static dev.sluice.processor.diagnostics.Compilations.schema;
import static dev.sluice.processor.diagnostics.Compilations.source;

import dev.sluice.processor.base.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code passiveUpdates = false} needs a key the database does not check at once (E332). */
class PassiveUpdatesDiagnosticsTest {
  private static JavaFileObject person(String... body) {
    String[] lines = new String[body.length + 3];
    lines[0] = "@Entity class Person {";
    lines[1] = "  @Id String name;";
    System.arraycopy(body, 0, lines, 2, body.length);
    lines[lines.length - 1] = "}";
    return source("Person", lines);
  }

  private static JavaFileObject log(String key, String... body) {
    String[] lines = new String[body.length + 4];
    lines[0] = "@Entity class Log {";
    lines[1] = "  @Id Long id;";
    lines[2] = "  " + key + " String personName;";
    System.arraycopy(body, 0, lines, 3, body.length);
    lines[lines.length - 1] = "}";
    return source("Log", lines);
  }

  private static final String[] COLLECTION = {
      "  @Relationship(passiveUpdates = false)",
      "  final RelatedList<Log> logs = Person_.logs(this);"};

  @Test
  void aCheckedKeyWithoutOnUpdateCascadeIsAnErrorOnTheCollection() {
    JavaFileObject person = person(COLLECTION);
    assertSingleError(compile(person, log("@ForeignKey(entity = Person.class)"),
        schema("Person", "Log")), Diagnostic.PASSIVE_UPDATES_CHECKED_KEY.format("Person.logs",
            "Log", "personName"), person, "passiveUpdates");
  }

  @Test
  void aCheckedKeyWithoutOnUpdateCascadeIsAnErrorOnTheManyToOne() {
    JavaFileObject log = log("@ForeignKey(entity = Person.class)",
        "  @Relationship(passiveUpdates = false)",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person(), log, schema("Person", "Log")),
        Diagnostic.PASSIVE_UPDATES_CHECKED_KEY.format("Log.person", "Log", "personName"), log,
        "passiveUpdates");
  }

  @Test
  void aLogicalKeyIsAccepted() {
    assertThat(compile(person(COLLECTION),
        log("@ForeignKey(entity = Person.class, constraint = false)"),
        schema("Person", "Log"))).succeededWithoutWarnings();
  }

  @Test
  void aKeyWithOnUpdateCascadeIsAccepted() {
    assertThat(compile(person(COLLECTION),
        log("@ForeignKey(entity = Person.class, onUpdate = Action.CASCADE)"),
        schema("Person", "Log"))).succeededWithoutWarnings();
  }
}
