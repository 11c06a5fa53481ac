package dev.sluice.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static dev.sluice.processor.diagnostics.Compilations.assertSingleError;
import static dev.sluice.processor.diagnostics.Compilations.compile;
import static dev.sluice.processor.diagnostics.Compilations.schema;
import static dev.sluice.processor.diagnostics.Compilations.sluiceWarnings;
import static dev.sluice.processor.diagnostics.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.sluice.processor.base.Diagnostic;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics about {@code @ForeignKey} (E2xx). */
class ForeignKeyDiagnosticsTest {
  private static final JavaFileObject PERSON = source("Person",
      "@Entity class Person {",
      "  @Id Long id;",
      "  String name;",
      "  @Column(unique = true) String email;",
      "}");

  @Test
  void keyToAPlainClass() {
    JavaFileObject log = source("Log",
        "@Entity class Log {",
        "  @Id Long id;",
        "  @ForeignKey(entity = String.class) Long personId;",
        "}");
    assertSingleError(compile(PERSON, log, schema("Person", "Log")),
        Diagnostic.FK_TARGET_NOT_ENTITY.format("Log.personId", "String"), log, "personId");
  }

  @Test
  void keyToAPrimitiveClass() {
    JavaFileObject log = source("Log",
        "@Entity class Log {",
        "  @Id Long id;",
        "  @ForeignKey(entity = long.class) Long personId;",
        "}");
    assertSingleError(compile(PERSON, log, schema("Person", "Log")),
        Diagnostic.FK_TARGET_NOT_ENTITY.format("Log.personId", "long"), log, "personId");
  }

  @Test
  void keyNamedByForeignKeysOfAnotherType() {
    JavaFileObject log = source("Log",
        "@Entity class Log {",
        "  @Id Long id;",
        "  String personCode;",
        "}");
    JavaFileObject person = source("Person",
        "@Entity class Person {",
        "  @Id Long id;",
        "  @Relationship(foreignKeys = \"personCode\")",
        "  final RelatedList<Log> logs = Person_.logs(this);",
        "}");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.FK_TYPE_MISMATCH.format("Log.personCode", "String", "Person", "id", "Long"),
        person, "@Relationship");
  }

  @Test
  void keyToAnEntityOutsideTheSchema() {
    JavaFileObject log = source("Log",
        "@Entity class Log {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class) Long personId;",
        "}");
    Compilation compilation = compile(PERSON, log, schema("Log"));
    assertSingleError(compilation, Diagnostic.FK_TARGET_NOT_IN_SCHEMA.format("Log.personId",
        "Person", "S", "Person"), log, "personId");
    assertThat(sluiceWarnings(compilation)).containsExactly(
        Diagnostic.UNLISTED_ENTITY.format("Person"));
  }

  @Test
  void keyToAMissingColumn() {
    JavaFileObject log = source("Log",
        "@Entity class Log {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class, column = \"mail\") String personMail;",
        "}");
    assertSingleError(compile(PERSON, log, schema("Person", "Log")),
        Diagnostic.FK_MISSING_COLUMN.format("Log.personMail", "mail", "Person",
            List.of("id", "name", "email")), log, "personMail");
  }

  @Test
  void keyOfAnotherType() {
    JavaFileObject log = source("Log",
        "@Entity class Log {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class)",
        "  String personId;",
        "}");
    assertSingleError(compile(PERSON, log, schema("Person", "Log")),
        Diagnostic.FK_TYPE_MISMATCH.format("Log.personId", "String", "Person", "id", "Long"),
        log, "String personId");
  }

  @Test
  void primitiveAndBoxedKeysMatch() {
    JavaFileObject log = source("Log",
        "@Entity class Log {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class) long personId;",
        "}");
    Compilation compilation = compile(PERSON, log, schema("Person", "Log"));
    com.google.testing.compile.CompilationSubject.assertThat(compilation).succeeded();
  }

  @Test
  void keyToAColumnThatIsNotUnique() {
    JavaFileObject log = source("Log",
        "@Entity class Log {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class,",
        "      column = \"name\") String personName;",
        "}");
    assertSingleError(compile(PERSON, log, schema("Person", "Log")),
        Diagnostic.FK_NOT_REFERENCEABLE.format("Log.personName", "Person", "name"), log,
        "column = \"name\"");
  }

  @Test
  void keyToAUniqueColumnByColumnName() {
    JavaFileObject log = source("Log",
        "@Entity class Log {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class, column = \"email\") String personEmail;",
        "}");
    com.google.testing.compile.CompilationSubject.assertThat(
        compile(PERSON, log, schema("Person", "Log"))).succeededWithoutWarnings();
  }

  @Test
  void keyOfAnAssociationTableToAMissingColumn() {
    JavaFileObject group = source("Group",
        "@Entity class Group {",
        "  @Id Long id;",
        "  @Relationship(secondary = Membership.class, backref = \"groups\")",
        "  final RelatedList<Person> members = Group_.members(this);",
        "}");
    JavaFileObject person = source("Person",
        "@Entity class Person {",
        "  @Id Long id;",
        "  final RelatedList<Group> groups = Person_.groups(this);",
        "}");
    JavaFileObject membership = source("Membership",
        "@AssociationTable class Membership {",
        "  @ForeignKey(entity = Group.class) Long groupId;",
        "  @ForeignKey(entity = Person.class, column = \"code\") Long personCode;",
        "}");
    assertSingleError(compile(group, person, membership, schema("Group", "Person")),
        Diagnostic.FK_MISSING_COLUMN.format("Membership.personCode", "code", "Person",
            List.of("id")), membership, "personCode");
  }
}
