package dev.sluice.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.diagnostics.Compilations.assertSingleError;
import static dev.sluice.processor.diagnostics.Compilations.compile;
import static dev.sluice.processor.diagnostics.Compilations.schema;
import static dev.sluice.processor.diagnostics.Compilations.source;

import dev.sluice.processor.base.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics about the two sides of a relationship: backPopulates and backref (E313–E318, E324, E325). */
class PairingDiagnosticsTest {
  private static JavaFileObject person(String... body) {
    String[] lines = new String[body.length + 3];
    lines[0] = "@Entity class Person {";
    lines[1] = "  @Id Long id;";
    System.arraycopy(body, 0, lines, 2, body.length);
    lines[lines.length - 1] = "}";
    return source("Person", lines);
  }

  private static JavaFileObject log(String... body) {
    String[] lines = new String[body.length + 4];
    lines[0] = "@Entity class Log {";
    lines[1] = "  @Id Long id;";
    lines[2] = "  @ForeignKey(entity = Person.class) Long personId;";
    System.arraycopy(body, 0, lines, 3, body.length);
    lines[lines.length - 1] = "}";
    return source("Log", lines);
  }

  @Test
  void validPairCompiles() {
    assertThat(compile(
        person("  @Relationship(backPopulates = \"person\")",
            "  final RelatedList<Log> logs = Person_.logs(this);"),
        log("  @Relationship(backPopulates = \"logs\")",
            "  final RelatedRef<Person> person = Log_.person(this);"),
        schema("Person", "Log"))).succeededWithoutWarnings();
  }

  @Test
  void backPopulatesNamesAMissingField() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"owner\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, log(), schema("Person", "Log")),
        Diagnostic.INVERSE_MISSING.format("backPopulates", "Person.logs", "Log", "owner",
            "Log", "RelatedRef", "Person", "owner", "Log", "owner"), person, "backPopulates");
  }

  @Test
  void backrefNamesAMissingField() {
    JavaFileObject log = log(
        "  @Relationship(backref = \"entries\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person(), log, schema("Person", "Log")),
        Diagnostic.INVERSE_MISSING.format("backref", "Log.person", "Person", "entries",
            "Person", "RelatedList", "Log", "entries", "Person", "entries"), log, "backref");
  }

  @Test
  void backrefOfAManyToManyNamesAMissingField() {
    JavaFileObject link = source("Link",
        "@AssociationTable class Link {",
        "  @ForeignKey(entity = Group.class) Long groupId;",
        "  @ForeignKey(entity = Person.class) Long personId;",
        "}");
    JavaFileObject group = source("Group",
        "@Entity class Group {",
        "  @Id Long id;",
        "  @Relationship(secondary = Link.class, backref = \"groups\")",
        "  final RelatedList<Person> members = Group_.members(this);",
        "}");
    assertSingleError(compile(person(), group, link, schema("Person", "Group")),
        Diagnostic.INVERSE_MISSING.format("backref", "Group.members", "Person", "groups",
            "Person", "RelatedList", "Group", "groups", "Person", "groups"), group, "backref");
  }

  @Test
  void backPopulatesOfAOneToOneNamesAMissingField() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"owner\")",
        "  final RelatedRef<Log> log = Person_.log(this);");
    JavaFileObject log = source("Log",
        "@Entity class Log {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class) @Column(unique = true) Long personId;",
        "}");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.INVERSE_MISSING.format("backPopulates", "Person.log", "Log", "owner",
            "Log", "RelatedRef", "Person", "owner", "Log", "owner"), person, "backPopulates");
  }

  @Test
  void backPopulatesNamesAColumn() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"personId\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, log(), schema("Person", "Log")),
        Diagnostic.INVERSE_NOT_RELATIONSHIP.format("backPopulates", "Person.logs", "Log",
            "personId", "Log"), person, "backPopulates");
  }

  @Test
  void backrefNamesAHolderOfAnotherEntity() {
    JavaFileObject other = source("Other",
        "@Entity class Other {",
        "  @Id Long id;",
        "}");
    JavaFileObject person = person(
        "  final RelatedList<Other> logs = Person_.logs(this);");
    JavaFileObject log = log(
        "  @Relationship(backref = \"logs\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, other, schema("Person", "Log", "Other")),
        Diagnostic.INVERSE_WRONG_TYPE.format("backref", "Log.person", "Person", "logs", "Other",
            "Log", "Person", "Log"), log, "backref");
  }

  @Test
  void backPopulatesNamesAnUnannotatedHolder() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"person\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log(
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.INVERSE_MISMATCH.format("Person.logs", "Log", "person",
            "has no @Relationship"), person, "backPopulates");
  }

  @Test
  void backPopulatesNotAnsweredByTheOtherSide() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"person\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log(
        "  @Relationship",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.INVERSE_MISMATCH.format("Person.logs", "Log", "person",
            "names no backPopulates"), person, "backPopulates");
  }

  @Test
  void backPopulatesAnsweredWithAnotherField() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"person\")",
        "  final RelatedList<Log> logs = Person_.logs(this);",
        "  @Relationship(backPopulates = \"person\") final RelatedList<Log> entries",
        "      = Person_.entries(this);");
    JavaFileObject log = log(
        "  @Relationship(backPopulates = \"logs\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.INVERSE_MISMATCH.format("Person.entries", "Log", "person",
            "names Person.logs instead"), person, "RelatedList<Log> entries");
  }

  @Test
  void twoBackrefsNamingOneField() {
    JavaFileObject person = person(
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log(
        "  @ForeignKey(entity = Person.class) Long reviewerId;",
        "  @Relationship(backref = \"logs\", foreignKeys = \"personId\")",
        "  final RelatedRef<Person> person = Log_.person(this);",
        "  @Relationship(backref = \"logs\", foreignKeys = \"reviewerId\")",
        "  final RelatedRef<Person> reviewer = Log_.reviewer(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.BACKREF_NAMED_TWICE.format("Log.reviewer", "Person", "logs", "Log.person",
            "Person"), log, "backref = \"logs\", foreignKeys = \"reviewerId\"");
  }

  @Test
  void backrefNamesAnAnnotatedField() {
    JavaFileObject person = person(
        "  @Relationship",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log(
        "  @Relationship(backref = \"logs\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.BACKREF_SIDE_ANNOTATED.format("Log.person", "Person", "logs"), log,
        "backref");
  }

  @Test
  void holderWithoutRelationship() {
    JavaFileObject person = person(
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, log(), schema("Person", "Log")),
        Diagnostic.HOLDER_WITHOUT_RELATIONSHIP.format("Person.logs"), person, "logs =");
  }

  /** A relationship with no backref must not claim a one-letter holder as "the closest name". */
  @Test
  void oneLetterHolderWithoutRelationship() {
    JavaFileObject person = person(
        "  final RelatedList<Log> l = Person_.l(this);");
    JavaFileObject log = log(
        "  @Relationship",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.HOLDER_WITHOUT_RELATIONSHIP.format("Person.l"), person, "l =");
  }

  @Test
  void backrefSideWithTheWrongHolder() {
    JavaFileObject person = person(
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log(
        "  @Relationship(backref = \"logs\")",
        "  final RelatedList<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.WRONG_HOLDER.format("Log.person",
            "many-to-one (Log.personId references Person)", "RelatedList", "RelatedRef"), log,
        "RelatedList<Person> person");
  }

  @Test
  void manyToOneBackrefOnACollection() {
    JavaFileObject person = person(
        "  @Relationship(backref = \"person\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log(
        "  final RelatedList<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.WRONG_HOLDER.format("Log.person", "many-to-one", "RelatedList",
            "RelatedRef"), log, "RelatedList<Person> person");
  }

  @Test
  void backPopulatesAndBackref() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"person\", backref = \"person\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log(
        "  @Relationship(backPopulates = \"logs\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.BACK_POPULATES_AND_BACKREF.format("Person.logs"), person, "backref");
  }

  @Test
  void sidesDeclaringDifferentKeys() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"author\", foreignKeys = \"authorId\")",
        "  final RelatedList<Doc> docs = Person_.docs(this);");
    JavaFileObject doc = source("Doc",
        "@Entity class Doc {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class) Long authorId;",
        "  @ForeignKey(entity = Person.class) Long editorId;",
        "  @Relationship(backPopulates = \"docs\", foreignKeys = \"editorId\")",
        "  final RelatedRef<Person> author = Doc_.author(this);",
        "}");
    assertSingleError(compile(person, doc, schema("Person", "Doc")),
        Diagnostic.SIDES_DISAGREE.format("Doc.author", "Person.docs",
            "many-to-one [editorId] = [id]", "one-to-many [id] = [authorId]"), doc,
        "backPopulates");
  }

  @Test
  void selfReferentialSidesDisagreeingOnTheTargetColumn() {
    JavaFileObject follow = source("Follow",
        "@AssociationTable class Follow {",
        "  @ForeignKey(entity = Node.class) Long fromId;",
        "  @ForeignKey(entity = Node.class) Long toId;",
        "}");
    JavaFileObject node = source("Node",
        "@Entity class Node {",
        "  @Id Long id;",
        "  @Relationship(secondary = Follow.class, backPopulates = \"followers\",",
        "      primaryJoin = \"Node.id = Follow.fromId\",",
        "      secondaryJoin = \"Follow.toId = Node.id\")",
        "  final RelatedList<Node> following = Node_.following(this);",
        "  @Relationship(secondary = Follow.class, backPopulates = \"following\",",
        "      primaryJoin = \"Node.id = Follow.toId\", secondaryJoin = \"Follow.toId = Node.id\")",
        "  final RelatedList<Node> followers = Node_.followers(this);",
        "}");
    assertSingleError(compile(node, follow, schema("Node")),
        Diagnostic.SIDES_DISAGREE.format("Node.followers", "Node.following",
            "many-to-many [id] = [to_id], [to_id] = [id]",
            "many-to-many [id] = [from_id], [to_id] = [id]"), node,
        "backPopulates = \"following\"");
  }

  @Test
  void derivedSideNeedsNoKeysOfItsOwn() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"author\")",
        "  final RelatedList<Doc> docs = Person_.docs(this);");
    JavaFileObject doc = source("Doc",
        "@Entity class Doc {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class) Long authorId;",
        "  @ForeignKey(entity = Person.class) Long editorId;",
        "  @Relationship(backPopulates = \"docs\", foreignKeys = \"authorId\")",
        "  final RelatedRef<Person> author = Doc_.author(this);",
        "}");
    assertThat(compile(person, doc, schema("Person", "Doc"))).succeededWithoutWarnings();
  }
}
