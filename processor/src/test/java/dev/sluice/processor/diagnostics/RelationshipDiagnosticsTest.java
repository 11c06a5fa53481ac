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

/** The diagnostics about relationship fields, their targets, joins and loading (E301–E312, E319–E323). */
class RelationshipDiagnosticsTest {
  /** A log that references a person, without a relationship of its own. */
  private static final JavaFileObject LOG = source("Log",
      "@Entity class Log {",
      "  @Id Long id;",
      "  java.time.LocalDateTime timestamp;",
      "  @ForeignKey(entity = Person.class) Long personId;",
      "}");

  private static JavaFileObject person(String... relationship) {
    String[] lines = new String[relationship.length + 3];
    lines[0] = "@Entity class Person {";
    lines[1] = "  @Id Long id;";
    System.arraycopy(relationship, 0, lines, 2, relationship.length);
    lines[lines.length - 1] = "}";
    return source("Person", lines);
  }

  @Test
  void relationshipOnACollectionThatIsNoHolder() {
    JavaFileObject person = person(
        "  @Relationship java.util.List<Log> logs;");
    assertSingleError(compile(person, LOG, schema("Person", "Log")),
        Diagnostic.RELATIONSHIP_NOT_A_HOLDER.format("Person.logs", "java.util.List<model.Log>",
            "Person_.logs(this)"), person, "@Relationship");
  }

  @Test
  void relationshipOnAColumn() {
    JavaFileObject log = source("Log",
        "@Entity class Log {",
        "  @Id Long id;",
        "  @Relationship @ForeignKey(entity = Person.class) Long personId;",
        "}");
    assertSingleError(compile(person(), log, schema("Person", "Log")),
        Diagnostic.RELATIONSHIP_NOT_A_HOLDER.format("Log.personId", "java.lang.Long",
            "Log_.personId(this)"), log, "@Relationship");
  }

  @Test
  void holderWithoutTarget() {
    JavaFileObject person = person(
        "  @Relationship RelatedList<?> logs;");
    assertSingleError(compile(person, LOG, schema("Person", "Log")),
        Diagnostic.HOLDER_WITHOUT_TARGET.format("Person.logs",
            "dev.sluice.runtime.RelatedList<?>"), person, "logs;");
  }

  @Test
  void targetIsNoEntity() {
    JavaFileObject person = person(
        "  @Relationship RelatedList<String> names;");
    assertSingleError(compile(person, schema("Person")),
        Diagnostic.RELATION_TARGET_NOT_ENTITY.format("Person.names", "String"), person,
        "names;");
  }

  @Test
  void targetOutsideTheSchema() {
    JavaFileObject person = person(
        "  @Relationship final RelatedList<Log> logs = Person_.logs(this);");
    Compilation compilation = compile(person, LOG, schema("Person"));
    assertSingleError(compilation, Diagnostic.RELATION_TARGET_NOT_IN_SCHEMA.format(
        "Person.logs", "Log", "S", "Log"), person, "logs =");
    assertThat(sluiceWarnings(compilation)).containsExactly(
        Diagnostic.UNLISTED_ENTITY.format("Log"));
  }

  @Test
  void noForeignKeyBetweenTheEntities() {
    JavaFileObject note = source("Note",
        "@Entity class Note {",
        "  @Id Long id;",
        "  Long personId;",
        "}");
    JavaFileObject person = person(
        "  @Relationship final RelatedList<Note> notes = Person_.notes(this);");
    assertSingleError(compile(person, note, schema("Person", "Note")),
        Diagnostic.NO_JOIN_PATH.format("Person.notes", "Note", "Person, and none of Person"
            + " references Note", "Person"), person, "@Relationship");
  }

  @Test
  void noForeignKeyForAReference() {
    JavaFileObject note = source("Note",
        "@Entity class Note {",
        "  @Id Long id;",
        "  Long personId;",
        "  @Relationship final RelatedRef<Person> person = Note_.person(this);",
        "}");
    assertSingleError(compile(person(), note, schema("Person", "Note")),
        Diagnostic.NO_JOIN_PATH.format("Note.person", "Person", "Note, and none of Note"
            + " references Person", "Person"), note, "@Relationship");
  }

  @Test
  void noForeignKeyForASelfReference() {
    JavaFileObject node = source("Node",
        "@Entity class Node {",
        "  @Id Long id;",
        "  Long parentId;",
        "  @Relationship final RelatedRef<Node> parent = Node_.parent(this);",
        "}");
    assertSingleError(compile(node, schema("Node")),
        Diagnostic.NO_JOIN_PATH.format("Node.parent", "Node", "Node", "Node"), node,
        "@Relationship");
  }

  @Test
  void severalForeignKeysWithoutAnyDeclaredKey() {
    JavaFileObject note = source("Note",
        "@Entity class Note {",
        "  @Id Long id;",
        "  Long personId;",
        "  Long personVersion;",
        "}");
    JavaFileObject person = person(
        "  @Relationship(foreignKeys = {\"personId\", \"personVersion\"})",
        "  final RelatedList<Note> notes = Person_.notes(this);");
    assertSingleError(compile(person, note, schema("Person", "Note")),
        Diagnostic.NO_JOIN_PATH.format("Person.notes", "Note", "Person", "Person"), person,
        "@Relationship");
  }

  @Test
  void twoForeignKeysToTheOwner() {
    JavaFileObject doc = source("Doc",
        "@Entity class Doc {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class) Long authorId;",
        "  @ForeignKey(entity = Person.class) Long editorId;",
        "}");
    JavaFileObject person = person(
        "  @Relationship",
        "  final RelatedList<Doc> docs = Person_.docs(this);");
    assertSingleError(compile(person, doc, schema("Person", "Doc")),
        Diagnostic.AMBIGUOUS_JOIN.format("Person.docs", List.of("Doc.authorId",
            "Doc.editorId")), person, "@Relationship");
  }

  @Test
  void foreignKeysNamingFieldsOfBothSides() {
    JavaFileObject doc = source("Doc",
        "@Entity class Doc {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class) Long authorId;",
        "}");
    JavaFileObject person = person(
        "  Long authorId;",
        "  @Relationship(foreignKeys = \"authorId\")",
        "  final RelatedList<Doc> docs = Person_.docs(this);");
    assertSingleError(compile(person, doc, schema("Person", "Doc")),
        Diagnostic.AMBIGUOUS_JOIN.format("Person.docs", List.of("Person.authorId",
            "Doc.authorId")), person, "foreignKeys");
  }

  @Test
  void primaryJoinThatIsNoCondition() {
    JavaFileObject person = person(
        "  @Relationship(primaryJoin = \"Person.id Log.personId\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, LOG, schema("Person", "Log")),
        Diagnostic.MALFORMED_JOIN.format("primaryJoin", "Person.logs",
            "\"Person.id Log.personId\" is not one equality of the form A.field = B.field"),
        person, "primaryJoin");
  }

  @Test
  void primaryJoinComparingTwoFieldsOfOneSide() {
    JavaFileObject person = person(
        "  Long code;",
        "  @Relationship(primaryJoin = \"Person.id = Person.code\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, LOG, schema("Person", "Log")),
        Diagnostic.MALFORMED_JOIN.format("primaryJoin", "Person.logs",
            "\"Person.id = Person.code\" does not compare a field of Person with a field of Log"),
        person, "primaryJoin");
  }

  @Test
  void primaryJoinWithoutAKeySide() {
    JavaFileObject note = source("Note",
        "@Entity class Note {",
        "  @Id Long id;",
        "  String code;",
        "}");
    JavaFileObject person = person(
        "  String code;",
        "  @Relationship(primaryJoin = \"Person.code = Note.code\")",
        "  final RelatedList<Note> notes = Person_.notes(this);");
    assertSingleError(compile(person, note, schema("Person", "Note")),
        Diagnostic.AMBIGUOUS_JOIN.format("Person.notes",
            List.of("Person.code = Note.code: name its foreign key in foreignKeys")), person,
        "primaryJoin");
  }

  @Test
  void primaryJoinWithKeysOnBothSides() {
    JavaFileObject note = source("Note",
        "@Entity class Note {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class) Long personId;",
        "}");
    JavaFileObject person = person(
        "  @ForeignKey(entity = Note.class) Long noteId;",
        "  @Relationship(primaryJoin = \"Person.id = Note.personId AND Person.noteId = Note.id\")",
        "  final RelatedList<Note> notes = Person_.notes(this);");
    assertSingleError(compile(person, note, schema("Person", "Note")),
        Diagnostic.MALFORMED_JOIN.format("primaryJoin", "Person.notes",
            "its foreign keys lie on both sides"), person, "primaryJoin");
  }

  @Test
  void primaryJoinNamingAMissingField() {
    JavaFileObject person = person(
        "  @Relationship(primaryJoin = \"Person.id = Log.ownerId\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, LOG, schema("Person", "Log")),
        Diagnostic.JOIN_UNKNOWN_FIELD.format("primaryJoin", "Person.logs", "Log.ownerId",
            "which is not a column of Log"), person, "primaryJoin");
  }

  @Test
  void primaryJoinNamingAnotherClass() {
    JavaFileObject person = person(
        "  @Relationship(primaryJoin = \"Person.id = Entry.personId\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, LOG, schema("Person", "Log")),
        Diagnostic.JOIN_UNKNOWN_FIELD.format("primaryJoin", "Person.logs", "Entry.personId",
            "but Entry is neither Person nor Log"), person, "primaryJoin");
  }

  @Test
  void foreignKeysNamingAMissingField() {
    JavaFileObject person = person(
        "  @Relationship(foreignKeys = \"ownerId\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, LOG, schema("Person", "Log")),
        Diagnostic.JOIN_UNKNOWN_FIELD.format("foreignKeys", "Person.logs", "ownerId",
            "which is not a column of Log or Person"), person, "foreignKeys");
  }

  @Test
  void twoCollectionsWithoutSecondary() {
    JavaFileObject group = source("Group",
        "@Entity class Group {",
        "  @Id Long id;",
        "  @Relationship(backPopulates = \"groups\")",
        "  final RelatedList<Person> members = Group_.members(this);",
        "}");
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"members\")",
        "  final RelatedList<Group> groups = Person_.groups(this);");
    assertSingleError(compile(group, person, schema("Group", "Person")),
        Diagnostic.MANY_TO_MANY_WITHOUT_SECONDARY.format("Group.members", "Person.groups"),
        group, "backPopulates");
  }

  @Test
  void secondaryThatIsNoAssociationTable() {
    JavaFileObject link = source("Link",
        "class Link {",
        "  @ForeignKey(entity = Person.class) Long personId;",
        "  @ForeignKey(entity = Group.class) Long groupId;",
        "}");
    JavaFileObject group = source("Group",
        "@Entity class Group {",
        "  @Id Long id;",
        "  @Relationship(secondary = Link.class)",
        "  final RelatedList<Person> members = Group_.members(this);",
        "}");
    assertSingleError(compile(person(), group, link, schema("Person", "Group")),
        Diagnostic.SECONDARY_NOT_ASSOCIATION.format("Group.members", "Link", "Link"), group,
        "secondary");
  }

  @Test
  void secondaryThatIsNoClass() {
    JavaFileObject group = source("Group",
        "@Entity class Group {",
        "  @Id Long id;",
        "  @Relationship(secondary = Long[].class)",
        "  final RelatedList<Person> members = Group_.members(this);",
        "}");
    assertSingleError(compile(person(), group, schema("Person", "Group")),
        Diagnostic.SECONDARY_NOT_ASSOCIATION.format("Group.members", "java.lang.Long[]",
            "java.lang.Long[]"), group, "secondary");
  }

  @Test
  void secondaryJoinComparingTheWrongEntity() {
    JavaFileObject link = source("Link",
        "@AssociationTable class Link {",
        "  @ForeignKey(entity = Group.class) Long groupId;",
        "  @ForeignKey(entity = Person.class) Long personId;",
        "}");
    JavaFileObject group = source("Group",
        "@Entity class Group {",
        "  @Id Long id;",
        "  @Relationship(secondary = Link.class,",
        "      secondaryJoin = \"Group.id = Link.personId\")",
        "  final RelatedList<Person> members = Group_.members(this);",
        "}");
    assertSingleError(compile(person(), group, link, schema("Person", "Group")),
        Diagnostic.MALFORMED_JOIN.format("secondaryJoin", "Group.members",
            "\"Group.id = Link.personId\" does not compare a field of Person with a field of"
                + " Link"), group, "secondaryJoin");
  }

  @Test
  void associationTableWithoutAKeyToTheTarget() {
    JavaFileObject link = source("Link",
        "@AssociationTable class Link {",
        "  @ForeignKey(entity = Group.class) Long groupId;",
        "  Long personId;",
        "}");
    JavaFileObject group = source("Group",
        "@Entity class Group {",
        "  @Id Long id;",
        "  @Relationship(secondary = Link.class)",
        "  final RelatedList<Person> members = Group_.members(this);",
        "}");
    assertSingleError(compile(person(), group, link, schema("Person", "Group")),
        Diagnostic.ASSOCIATION_KEYS.format("Link", 0, "Person", 1, "Group"), group,
        "secondary");
  }

  @Test
  void uniqueOnAnAssociationTable() {
    JavaFileObject link = source("Link",
        "@AssociationTable",
        "@Unique({\"groupId\", \"personId\"})",
        "class Link {",
        "  @ForeignKey(entity = Group.class) Long groupId;",
        "  @ForeignKey(entity = Person.class) Long personId;",
        "}");
    JavaFileObject group = source("Group",
        "@Entity class Group {",
        "  @Id Long id;",
        "  @Relationship(secondary = Link.class)",
        "  final RelatedList<Person> members = Group_.members(this);",
        "}");
    assertSingleError(compile(person(), group, link, schema("Person", "Group")),
        Diagnostic.UNIQUE_ON_ASSOCIATION.format("Link"), link, "@Unique");
  }

  @Test
  void associationTableWithTwoKeysToTheOwner() {
    JavaFileObject link = source("Link",
        "@AssociationTable class Link {",
        "  @ForeignKey(entity = Group.class) Long groupId;",
        "  @ForeignKey(entity = Group.class) Long parentGroupId;",
        "  @ForeignKey(entity = Person.class) Long personId;",
        "}");
    JavaFileObject group = source("Group",
        "@Entity class Group {",
        "  @Id Long id;",
        "  @Relationship(secondary = Link.class)",
        "  final RelatedList<Person> members = Group_.members(this);",
        "}");
    assertSingleError(compile(person(), group, link, schema("Person", "Group")),
        Diagnostic.ASSOCIATION_KEYS.format("Link", 2, "Group", 1, "Person"), group,
        "secondary");
  }

  /** Both keys aimed at one side: the error names the side that has none, once. */
  @Test
  void associationTableWithBothKeysToOneSide() {
    JavaFileObject link = source("Link",
        "@AssociationTable class Link {",
        "  @ForeignKey(entity = Person.class) Long groupId;",
        "  @ForeignKey(entity = Person.class) Long personId;",
        "}");
    JavaFileObject group = source("Group",
        "@Entity class Group {",
        "  @Id Long id;",
        "  @Relationship(secondary = Link.class, backPopulates = \"groups\")",
        "  final RelatedList<Person> members = Group_.members(this);",
        "}");
    JavaFileObject person = person(
        "  @Relationship(secondary = Link.class, backPopulates = \"members\")",
        "  final RelatedList<Group> groups = Person_.groups(this);");
    assertSingleError(compile(person, group, link, schema("Person", "Group")),
        Diagnostic.ASSOCIATION_KEYS.format("Link", 0, "Group", 2, "Person"), person,
        "secondary");
  }

  @Test
  void associationTableWithAFieldThatIsNoColumn() {
    JavaFileObject link = source("Link",
        "@AssociationTable class Link {",
        "  @ForeignKey(entity = Group.class) Long groupId;",
        "  @ForeignKey(entity = Person.class) Long personId;",
        "  java.util.List<String> tags;",
        "}");
    JavaFileObject group = source("Group",
        "@Entity class Group {",
        "  @Id Long id;",
        "  @Relationship(secondary = Link.class)",
        "  final RelatedList<Person> members = Group_.members(this);",
        "}");
    assertSingleError(compile(person(), group, link, schema("Person", "Group")),
        Diagnostic.UNSUPPORTED_TYPE.format("Link.tags", "java.util.List<java.lang.String>"),
        link, "tags;");
  }

  @Test
  void selfReferentialManyToManyWithoutJoins() {
    JavaFileObject friendship = source("Friendship",
        "@AssociationTable class Friendship {",
        "  @ForeignKey(entity = Node.class) Long fromId;",
        "  @ForeignKey(entity = Node.class) Long toId;",
        "}");
    JavaFileObject node = source("Node",
        "@Entity class Node {",
        "  @Id Long id;",
        "  @Relationship(secondary = Friendship.class)",
        "  final RelatedList<Node> friends = Node_.friends(this);",
        "}");
    assertSingleError(compile(node, friendship, schema("Node")),
        Diagnostic.SELF_MANY_TO_MANY_NEEDS_JOINS.format("Node.friends", "Friendship", "Node",
            "Node", "id", "Friendship", "Node", "id", "Friendship"), node, "secondary");
  }

  @Test
  void secondaryJoinNamingAMissingColumn() {
    JavaFileObject friendship = source("Friendship",
        "@AssociationTable class Friendship {",
        "  @ForeignKey(entity = Node.class) Long fromId;",
        "  @ForeignKey(entity = Node.class) Long toId;",
        "}");
    JavaFileObject node = source("Node",
        "@Entity class Node {",
        "  @Id Long id;",
        "  @Relationship(secondary = Friendship.class,",
        "      primaryJoin = \"Node.id = Friendship.fromId\",",
        "      secondaryJoin = \"Node.id = Friendship.targetId\")",
        "  final RelatedList<Node> friends = Node_.friends(this);",
        "}");
    assertSingleError(compile(node, friendship, schema("Node")),
        Diagnostic.JOIN_UNKNOWN_FIELD.format("secondaryJoin", "Node.friends",
            "Friendship.targetId", "which is not a column of Friendship"), node,
        "secondaryJoin");
  }

  @Test
  void secondaryJoinThatIsNoCondition() {
    JavaFileObject friendship = source("Friendship",
        "@AssociationTable class Friendship {",
        "  @ForeignKey(entity = Node.class) Long fromId;",
        "  @ForeignKey(entity = Node.class) Long toId;",
        "}");
    JavaFileObject node = source("Node",
        "@Entity class Node {",
        "  @Id Long id;",
        "  @Relationship(secondary = Friendship.class,",
        "      primaryJoin = \"Node.id = Friendship.fromId\",",
        "      secondaryJoin = \"Node.id = Friendship.toId AND\")",
        "  final RelatedList<Node> friends = Node_.friends(this);",
        "}");
    assertSingleError(compile(node, friendship, schema("Node")),
        Diagnostic.MALFORMED_JOIN.format("secondaryJoin", "Node.friends",
            "\"Friendship.toId AND\" is not of the form ClassName.field"), node,
        "secondaryJoin");
  }

  @Test
  void manyToManyOnAReference() {
    JavaFileObject link = source("Link",
        "@AssociationTable class Link {",
        "  @ForeignKey(entity = Group.class) Long groupId;",
        "  @ForeignKey(entity = Person.class) Long personId;",
        "}");
    JavaFileObject group = source("Group",
        "@Entity class Group {",
        "  @Id Long id;",
        "  @Relationship(secondary = Link.class)",
        "  final RelatedRef<Person> member = Group_.member(this);",
        "}");
    assertSingleError(compile(person(), group, link, schema("Person", "Group")),
        Diagnostic.WRONG_HOLDER.format("Group.member", "many-to-many", "RelatedRef",
            "RelatedList, RelatedSet or RelatedQuery"), group, "RelatedRef<Person> member");
  }

  @Test
  void manyToOneOnACollection() {
    JavaFileObject log = source("Log",
        "@Entity class Log {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class) Long personId;",
        "  @Relationship final RelatedList<Person> persons = Log_.persons(this);",
        "}");
    assertSingleError(compile(person(), log, schema("Person", "Log")),
        Diagnostic.WRONG_HOLDER.format("Log.persons",
            "many-to-one (Log.personId references Person)", "RelatedList", "RelatedRef"), log,
        "persons =");
  }

  @Test
  void dynamicOnAReference() {
    JavaFileObject log = source("Log",
        "@Entity class Log {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class) Long personId;",
        "  @Relationship(lazy = Lazy.DYNAMIC)",
        "  final RelatedRef<Person> person = Log_.person(this);",
        "}");
    assertSingleError(compile(person(), log, schema("Person", "Log")),
        Diagnostic.DYNAMIC_ON_SINGLE.format("Log.person"), log, "Lazy.DYNAMIC");
  }

  @Test
  void dynamicOnAList() {
    JavaFileObject person = person(
        "  @Relationship(lazy = Lazy.DYNAMIC)",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, LOG, schema("Person", "Log")),
        Diagnostic.DYNAMIC_NEEDS_QUERY.format("Person.logs",
            "is lazy = DYNAMIC, but its field is a RelatedList"), person, "Lazy.DYNAMIC");
  }

  @Test
  void queryHolderWithoutDynamic() {
    JavaFileObject person = person(
        "  @Relationship(lazy = Lazy.SELECTIN)",
        "  final RelatedQuery<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, LOG, schema("Person", "Log")),
        Diagnostic.DYNAMIC_NEEDS_QUERY.format("Person.logs",
            "is a RelatedQuery, but lazy = SELECTIN"), person, "Lazy.SELECTIN");
  }

  @Test
  void orderByAMissingField() {
    JavaFileObject person = person(
        "  @Relationship(orderBy = \"time DESC\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, LOG, schema("Person", "Log")),
        Diagnostic.ORDER_BY_INVALID.format("Person.logs", "\"time\" is not a column field of Log",
            "Log"), person, "orderBy");
  }

  @Test
  void orderByWithAWrongDirection() {
    JavaFileObject person = person(
        "  @Relationship(orderBy = \"timestamp DOWN, id\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, LOG, schema("Person", "Log")),
        Diagnostic.ORDER_BY_INVALID.format("Person.logs", "\"DOWN\" is neither ASC nor DESC",
            "Log"), person, "orderBy");
  }

  @Test
  void orderByOnASingleReference() {
    JavaFileObject log = source("Log",
        "@Entity class Log {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class) Long personId;",
        "  @Relationship(backPopulates = \"logs\", orderBy = \"id DESC\")",
        "  final RelatedRef<Person> person = Log_.person(this);",
        "}");
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"person\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.ORDER_BY_ON_SINGLE.format("Log.person"), log, "orderBy");
  }

  @Test
  void orderByOfABackrefSide() {
    JavaFileObject log = source("Log",
        "@Entity class Log {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Person.class) Long personId;",
        "  @Relationship(backref = \"logs\", backrefOptions = @Backref(orderBy = \"when\"))",
        "  final RelatedRef<Person> person = Log_.person(this);",
        "}");
    JavaFileObject person = person(
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.ORDER_BY_INVALID.format("Person.logs", "\"when\" is not a column field of Log",
            "Log"), log, "backrefOptions");
  }

  @Test
  void remoteSideThatIsNoField() {
    JavaFileObject node = source("Node",
        "@Entity class Node {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Node.class) Long parentId;",
        "  @Relationship(remoteSide = \"top\")",
        "  final RelatedRef<Node> parent = Node_.parent(this);",
        "}");
    assertSingleError(compile(node, schema("Node")), Diagnostic.REMOTE_SIDE_INVALID.format(
        "Node.parent", "top", "which is not a field of Node", "Node"), node, "remoteSide");
  }

  @Test
  void remoteSideOutsideTheJoin() {
    JavaFileObject node = source("Node",
        "@Entity class Node {",
        "  @Id Long id;",
        "  String name;",
        "  @ForeignKey(entity = Node.class) Long parentId;",
        "  @Relationship(remoteSide = \"name\")",
        "  final RelatedRef<Node> parent = Node_.parent(this);",
        "}");
    assertSingleError(compile(node, schema("Node")), Diagnostic.REMOTE_SIDE_INVALID.format(
        "Node.parent", "name", "which is not part of the join [parentId] = [id]", "Node"), node,
        "remoteSide");
  }
}
