package dev.sluice.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.diagnostics.Compilations.assertSingleError;
import static dev.sluice.processor.diagnostics.Compilations.assertSingleWarning;
import static dev.sluice.processor.diagnostics.Compilations.compile;
import static dev.sluice.processor.diagnostics.Compilations.schema;
import static dev.sluice.processor.diagnostics.Compilations.sluiceWarnings;
import static dev.sluice.processor.diagnostics.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.sluice.processor.base.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics about cascades, passive deletes and post-updates (E326–E328, W401–W404). */
class CascadeDiagnosticsTest {
  private static JavaFileObject person(String... body) {
    String[] lines = new String[body.length + 3];
    lines[0] = "@Entity class Person {";
    lines[1] = "  @Id Long id;";
    System.arraycopy(body, 0, lines, 2, body.length);
    lines[lines.length - 1] = "}";
    return source("Person", lines);
  }

  /** A log whose key to the person is declared by {@code key}. */
  private static JavaFileObject log(String key, String... body) {
    String[] lines = new String[body.length + 4];
    lines[0] = "@Entity class Log {";
    lines[1] = "  @Id Long id;";
    lines[2] = "  " + key + " Long personId;";
    System.arraycopy(body, 0, lines, 3, body.length);
    lines[lines.length - 1] = "}";
    return source("Log", lines);
  }

  private static final String KEY = "@ForeignKey(entity = Person.class)";

  @Test
  void deleteOrphanOnAManyToOne() {
    JavaFileObject log = log(KEY,
        "  @Relationship(cascade = {Cascade.SAVE_UPDATE, Cascade.DELETE_ORPHAN})",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person(), log, schema("Person", "Log")),
        Diagnostic.DELETE_ORPHAN_NEEDS_SINGLE_PARENT.format("Log.person", "many-to-one",
            "Person"), log, "cascade");
  }

  @Test
  void deleteOrphanOnAManyToOneWithSingleParent() {
    JavaFileObject log = log(KEY,
        "  @Relationship(cascade = {Cascade.SAVE_UPDATE, Cascade.DELETE_ORPHAN},",
        "      singleParent = true)",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertThat(compile(person(), log, schema("Person", "Log"))).succeededWithoutWarnings();
  }

  @Test
  void deleteOrphanOnAManyToMany() {
    JavaFileObject link = source("Link",
        "@AssociationTable class Link {",
        "  @ForeignKey(entity = Group.class, onDelete = Action.CASCADE) Long groupId;",
        "  @ForeignKey(entity = Person.class, onDelete = Action.CASCADE) Long personId;",
        "}");
    JavaFileObject group = source("Group",
        "@Entity class Group {",
        "  @Id Long id;",
        "  @Relationship(secondary = Link.class,",
        "      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})",
        "  final RelatedList<Person> members = Group_.members(this);",
        "}");
    assertSingleError(compile(person(), group, link, schema("Person", "Group")),
        Diagnostic.DELETE_ORPHAN_NEEDS_SINGLE_PARENT.format("Group.members", "many-to-many",
            "Person"), group, "cascade");
  }

  @Test
  void passiveDeletesAllWithDelete() {
    JavaFileObject person = person(
        "  @Relationship(cascade = Cascade.ALL,",
        "      passiveDeletes = PassiveDeletes.ALL)",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, log(KEY), schema("Person", "Log")),
        Diagnostic.PASSIVE_ALL_WITH_DELETE.format("Person.logs"), person, "passiveDeletes");
  }

  @Test
  void postUpdateOfANotNullColumn() {
    JavaFileObject log = log(KEY + " @Column(nullable = false)",
        "  @Relationship(postUpdate = true)",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person(), log, schema("Person", "Log")),
        Diagnostic.POST_UPDATE_NOT_NULL.format("Log.person", "Log", "personId"), log,
        "postUpdate");
  }

  @Test
  void postUpdateOfAPrimitiveColumn() {
    JavaFileObject log = source("Log",
        "@Entity class Log {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class) long personId;",
        "}");
    JavaFileObject person = person(
        "  @Relationship(postUpdate = true)",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.POST_UPDATE_NOT_NULL.format("Person.logs", "Log", "personId"), person,
        "postUpdate");
  }

  @Test
  void passiveDeletesWithoutOnDeleteCascade() {
    JavaFileObject person = person(
        "  @Relationship(passiveDeletes = PassiveDeletes.ON)",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleWarning(compile(person, log(KEY), schema("Person", "Log")),
        Diagnostic.PASSIVE_DELETES_WITHOUT_CASCADE.format("Person.logs",
            "Log.personId has no ON DELETE CASCADE"), person, "passiveDeletes");
  }

  @Test
  void passiveDeletesOnALogicalKey() {
    JavaFileObject person = person(
        "  @Relationship(foreignKeys = \"personId\",",
        "      passiveDeletes = PassiveDeletes.ON)",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleWarning(compile(person, log(""), schema("Person", "Log")),
        Diagnostic.PASSIVE_DELETES_WITHOUT_CASCADE.format("Person.logs",
            "Log.personId is a logical foreign key the database does not know"), person,
        "passiveDeletes");
  }

  @Test
  void passiveDeletesOnAKeyWithoutConstraint() {
    JavaFileObject person = person(
        "  @Relationship(passiveDeletes = PassiveDeletes.ON)",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log("@ForeignKey(entity = Person.class, onDelete = Action.CASCADE,"
        + " constraint = false)");
    assertSingleWarning(compile(person, log, schema("Person", "Log")),
        Diagnostic.PASSIVE_DELETES_WITHOUT_CASCADE.format("Person.logs",
            "Log.personId is a logical foreign key the database does not know"), person,
        "passiveDeletes");
  }

  @Test
  void passiveDeletesWithOnDeleteCascadeIsFine() {
    JavaFileObject person = person(
        "  @Relationship(passiveDeletes = PassiveDeletes.ON)",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log("@ForeignKey(entity = Person.class, onDelete = Action.CASCADE)");
    assertThat(compile(person, log, schema("Person", "Log"))).succeededWithoutWarnings();
  }

  @Test
  void nullifyingANotNullKey() {
    JavaFileObject person = person(
        "  @Relationship",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleWarning(compile(person, log(KEY + " @Column(nullable = false)"),
        schema("Person", "Log")), Diagnostic.NULLIFY_NOT_NULL.format("a Person", "Log",
            "personId", "Person.logs"), person, "@Relationship");
  }

  @Test
  void nullifyWarningCanBeSuppressedOnTheField() {
    JavaFileObject person = person(
        "  @Relationship",
        "  @SuppressWarnings(\"sluice:nullify-not-null\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    Compilation compilation = compile(person, log(KEY + " @Column(nullable = false)"),
        schema("Person", "Log"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void nullifyWarningCanBeSuppressedOnTheClass() {
    JavaFileObject person = source("Person",
        "@Entity @SuppressWarnings({\"unused\", \"sluice:nullify-not-null\"})",
        "class Person {",
        "  @Id Long id;",
        "  @Relationship",
        "  final RelatedList<Log> logs = Person_.logs(this);",
        "}");
    Compilation compilation = compile(person, log(KEY + " @Column(nullable = false)"),
        schema("Person", "Log"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void anotherSuppressionNameDoesNotSilenceTheWarning() {
    JavaFileObject person = person(
        "  @Relationship",
        "  @SuppressWarnings(\"sluice:delete-many-to-one\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    Compilation compilation = compile(person, log(KEY + " @Column(nullable = false)"),
        schema("Person", "Log"));
    assertThat(sluiceWarnings(compilation)).containsExactly(Diagnostic.NULLIFY_NOT_NULL.format(
        "a Person", "Log", "personId", "Person.logs"));
  }

  @Test
  void nullifyingANotNullKeyThroughABackref() {
    JavaFileObject person = person(
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log(KEY + " @Column(nullable = false)",
        "  @Relationship(backref = \"logs\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleWarning(compile(person, log, schema("Person", "Log")),
        Diagnostic.NULLIFY_NOT_NULL.format("a Person", "Log", "personId", "Person.logs"), log,
        "backref");
  }

  @Test
  void backrefWarningIsSuppressedOnTheDeclaringField() {
    JavaFileObject person = person(
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log(KEY + " @Column(nullable = false)",
        "  @Relationship(backref = \"logs\")",
        "  @SuppressWarnings(\"sluice:nullify-not-null\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertThat(compile(person, log, schema("Person", "Log"))).succeededWithoutWarnings();
  }

  @Test
  void deleteCascadeOnAManyToOne() {
    JavaFileObject log = log(KEY,
        "  @Relationship(cascade = Cascade.ALL)",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleWarning(compile(person(), log, schema("Person", "Log")),
        Diagnostic.DELETE_ON_MANY_TO_ONE.format("Log.person", "a Log", "Person"), log,
        "cascade");
  }

  @Test
  void nullifyDefeatsOnDeleteCascade() {
    JavaFileObject person = person(
        "  @Relationship",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log("@ForeignKey(entity = Person.class, onDelete = Action.CASCADE)");
    assertSingleWarning(compile(person, log, schema("Person", "Log")),
        Diagnostic.NULLIFY_DEFEATS_DATABASE_CASCADE.format("a Person", "Log", "personId",
            "Person.logs"), person, "@Relationship");
  }

  @Test
  void warningsDoNotStopGeneration() {
    JavaFileObject log = log(KEY,
        "  @Relationship(cascade = Cascade.ALL)",
        "  final RelatedRef<Person> person = Log_.person(this);");
    Compilation compilation = compile(person(), log, schema("Person", "Log"));
    assertThat(compilation).generatedSourceFile("model.Log_");
    assertThat(compilation).generatedSourceFile("model.LogDao");
  }
}
