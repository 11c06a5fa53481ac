package dev.sluice.processor.diagnostics;

import static dev.sluice.processor.diagnostics.Compilations.assertSingleError;
import static dev.sluice.processor.diagnostics.Compilations.compile;
import static dev.sluice.processor.diagnostics.Compilations.schema;
import static dev.sluice.processor.diagnostics.Compilations.source;

import dev.sluice.processor.base.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One mistake, one error: a pair's problem is reported once, on the side that is wrong; an
 * entity that failed its own checks causes no knock-on errors; a misspelled name gets a "did
 * you mean" (E340–E342 and the hints of E308, E322, E323).
 */
class OneMistakeDiagnosticsTest {
  private static JavaFileObject person(String... body) {
    return entity("Person", "", body);
  }

  private static JavaFileObject log(String... body) {
    return entity("Log", "  @ForeignKey(entity = Person.class) Long personId;", body);
  }

  private static JavaFileObject entity(String name, String key, String... body) {
    String[] lines = new String[body.length + 4];
    lines[0] = "@Entity class " + name + " {";
    lines[1] = "  @Id Long id;";
    lines[2] = key;
    System.arraycopy(body, 0, lines, 3, body.length);
    lines[lines.length - 1] = "}";
    return source(name, lines);
  }

  /** A mistake in a hierarchy root's column is the root's: its subclass does not repeat it. */
  @Test
  void aRootsColumnMistakeIsNotRepeatedByItsSubclass() {
    JavaFileObject person = source("Person", "@Entity @PolymorphicOn(\"type\")",
        "@PolymorphicIdentity(\"person\") class Person {", "  @Id Long id;", "  String type;",
        "  @Column(name = \"type\") String kind;", "}");
    JavaFileObject engineer = source("Engineer",
        "@Entity @PolymorphicIdentity(\"engineer\") class Engineer extends Person {}");
    assertSingleError(compile(person, engineer, schema("Person", "Engineer")),
        Diagnostic.DUPLICATE_COLUMN.format("type", "kind", "Person", "type"), person,
        "String kind");
  }

  /** Bytes in a composite key are the mistake, not the key having two columns. */
  @Test
  void aSecondIdOnBytesIsOneError() {
    JavaFileObject person = person("  @Id byte[] code;");
    assertSingleError(compile(person, schema("Person")),
        Diagnostic.BYTES_ID.format("Person.code"), person, "byte[] code");
  }

  /** A discriminator made a second @Id: the two ids are the mistake, not the discriminator. */
  @Test
  void aDiscriminatorMadeASecondIdIsOneError() {
    JavaFileObject person = source("Person", "@Entity @PolymorphicOn(\"type\")",
        "@PolymorphicIdentity(\"person\") class Person {", "  @Id Long id;",
        "  @Id String type;", "}");
    JavaFileObject engineer = source("Engineer",
        "@Entity @PolymorphicIdentity(\"engineer\") class Engineer extends Person {}");
    assertSingleError(compile(person, engineer, schema("Person", "Engineer")),
        Diagnostic.COMPOSITE_ID_IN_HIERARCHY.format("Person", 2, "[id, type]"), person,
        "@Id String type");
  }

  /** A discriminator of a type no column holds: the field's own error says what to use. */
  @Test
  void aDiscriminatorOfAnUnsupportedTypeIsOneError() {
    JavaFileObject person = source("Person", "@Entity @PolymorphicOn(\"type\")",
        "@PolymorphicIdentity(\"person\") class Person {", "  @Id Long id;",
        "  char type;", "}");
    assertSingleError(compile(person, schema("Person")),
        Diagnostic.UNSUPPORTED_TYPE.format("Person.type", "char"), person, "char type");
  }

  /**
   * A foreign key of the wrong type is the mistake; a composite key that references its column
   * elsewhere does not repeat it.
   */
  @Test
  void aCompositeKeyOverAMistypedKeyIsNotASecondError() {
    JavaFileObject entry = source("Entry", "@Entity @Unique({\"id\", \"widgetId\"})",
        "class Entry {", "  @Id Long id;", "  @ForeignKey(entity = Widget.class) String widgetId;",
        "}");
    JavaFileObject widget = source("Widget", "@Entity",
        "@ForeignKeyConstraint(columns = {\"entryId\", \"favoriteId\"}, entity = Entry.class,",
        "    references = {\"widgetId\", \"id\"})", "class Widget {", "  @Id Long id;",
        "  Long entryId;", "  Long favoriteId;", "}");
    assertSingleError(compile(entry, widget, schema("Widget", "Entry")),
        Diagnostic.FK_TYPE_MISMATCH.format("Entry.widgetId", "String", "Widget", "id", "Long"),
        entry, "String widgetId");
  }

  /** An entity-level error of the side that declares a backref: its backref side is claimed. */
  @Test
  void entityErrorBesideABackrefGivesNoUnclaimedHolderError() {
    JavaFileObject person = person(
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log(
        "  @Column(nullable = true) int count;",
        "  @Relationship(backref = \"logs\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.PRIMITIVE_NULLABLE.format("Log.count"), log, "int count");
  }

  /** A misspelled backref: the field it meant is not reported as unclaimed as well. */
  @Test
  void misspelledBackrefSuggestsTheFieldItMeant() {
    JavaFileObject person = person(
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log(
        "  @Relationship(backref = \"lgos\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.INVERSE_MISSPELLED.format("backref", "Log.person", "Person", "lgos", "Person",
            "logs", "logs", "Person", "lgos"), log, "backref");
  }

  /** The side that misspells its backPopulates is wrong; its partner does not blame it. */
  @Test
  void misspelledBackPopulatesIsReportedOnlyWhereItIsWritten() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"person\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log(
        "  @Relationship(backPopulates = \"log\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.INVERSE_MISSPELLED.format("backPopulates", "Log.person", "Person", "log",
            "Person", "logs", "logs", "Person", "log"), log, "backPopulates");
  }

  /** E313 without its former companion E316 on the partner. */
  @Test
  void backPopulatesNamingAMissingFieldIsNotAlsoAMismatchOnThePartner() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"owner\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log(
        "  @Relationship(backPopulates = \"logs\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.INVERSE_MISSING.format("backPopulates", "Person.logs", "Log", "owner",
            "Log", "RelatedRef", "Person", "owner", "Log", "owner"), person, "backPopulates");
  }

  /** E314 without its former companion E316 on the partner. */
  @Test
  void backPopulatesNamingAColumnIsNotAlsoAMismatchOnThePartner() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"personId\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log(
        "  @Relationship(backPopulates = \"logs\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.INVERSE_NOT_RELATIONSHIP.format("backPopulates", "Person.logs", "Log",
            "personId", "Log"), person, "backPopulates");
  }

  /** E303 without its former companion E315 on the partner. */
  @Test
  void partnerTargetingANonEntityIsReportedOnlyThere() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"person\")",
        "  final RelatedList<String> logs = Person_.logs(this);");
    JavaFileObject log = log(
        "  @Relationship(backPopulates = \"logs\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.RELATION_TARGET_NOT_ENTITY.format("Person.logs", "String"), person,
        "RelatedList<String>");
  }

  /** E305 once for the pair, not once per side. */
  @Test
  void pairWithoutAForeignKeyHasOneNoJoinPathError() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"person\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = entity("Log", "  Long personId;",
        "  @Relationship(backPopulates = \"logs\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.NO_JOIN_PATH.format("Person.logs", "Log", "Person, and none of Person"
            + " references Log", "Person"), person, "@Relationship");
  }

  /** E306 once for the pair. */
  @Test
  void pairWithTwoForeignKeysHasOneAmbiguousJoinError() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"person\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log(
        "  @ForeignKey(entity = Person.class) Long editorId;",
        "  @Relationship(backPopulates = \"logs\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.AMBIGUOUS_JOIN.format("Person.logs",
            java.util.List.of("Log.personId", "Log.editorId")), person, "@Relationship");
  }

  /** E204 once when both sides name a key of the wrong type. */
  @Test
  void pairNamingAKeyOfTheWrongTypeHasOneError() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"person\", foreignKeys = \"personId\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = entity("Log", "  String personId;",
        "  @Relationship(backPopulates = \"logs\", foreignKeys = \"personId\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.FK_TYPE_MISMATCH.format("Log.personId", "String", "Person", "id", "Long"),
        person, "@Relationship");
  }

  /** E308 once when both sides' primaryJoin name a field that is not there, with a hint. */
  @Test
  void pairWhosePrimaryJoinsNameAMissingFieldHasOneErrorWithAHint() {
    JavaFileObject person = person(
        "  @Relationship(backPopulates = \"person\", primaryJoin = \"Person.id = Log.personld\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    JavaFileObject log = log(
        "  @Relationship(backPopulates = \"logs\", primaryJoin = \"Person.id = Log.personld\")",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person, log, schema("Person", "Log")),
        Diagnostic.JOIN_UNKNOWN_FIELD.format("primaryJoin", "Person.logs", "Log.personld",
            "which is not a column of Log (did you mean personId?)"), person, "primaryJoin");
  }

  @Test
  void misspelledForeignKeysNameGetsAHint() {
    JavaFileObject person = person(
        "  @Relationship(foreignKeys = \"persnId\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, log(), schema("Person", "Log")),
        Diagnostic.JOIN_UNKNOWN_FIELD.format("foreignKeys", "Person.logs", "persnId",
            "which is not a column of Log or Person (did you mean personId?)"), person,
        "foreignKeys");
  }

  @Test
  void misspelledRemoteSideGetsAHint() {
    JavaFileObject node = entity("Node", "  @ForeignKey(entity = Node.class) Long parentId;",
        "  @Relationship(remoteSide = \"parentID\")",
        "  final RelatedRef<Node> parent = Node_.parent(this);");
    assertSingleError(compile(node, schema("Node")),
        Diagnostic.REMOTE_SIDE_INVALID.format("Node.parent", "parentID",
            "which is not a field of Node (did you mean parentId?)", "Node"), node,
        "remoteSide");
  }

  @Test
  void misspelledOrderByFieldGetsAHint() {
    JavaFileObject person = person(
        "  @Relationship(orderBy = \"personid\")",
        "  final RelatedList<Log> logs = Person_.logs(this);");
    assertSingleError(compile(person, log(), schema("Person", "Log")),
        Diagnostic.ORDER_BY_INVALID.format("Person.logs",
            "\"personid\" is not a column field of Log (did you mean personId?)", "Log"),
        person, "orderBy");
  }

  /** A collection whose backref side is a collection too, and no secondary: a many-to-many. */
  @Test
  void collectionWithACollectionBackrefNeedsSecondary() {
    JavaFileObject group = entity("Group", "",
        "  @Relationship(backref = \"groups\")",
        "  final RelatedList<Person> members = Group_.members(this);");
    JavaFileObject person = person(
        "  final RelatedSet<Group> groups = Person_.groups(this);");
    assertSingleError(compile(group, person, schema("Group", "Person")),
        Diagnostic.MANY_TO_MANY_WITHOUT_SECONDARY.format("Group.members", "Person.groups"),
        group, "@Relationship");
  }

  @Test
  void foreignKeyOnARelationshipField() {
    JavaFileObject log = entity("Log", "",
        "  @ForeignKey(entity = Person.class) @Relationship",
        "  final RelatedRef<Person> person = Log_.person(this);");
    assertSingleError(compile(person(), log, schema("Person", "Log")),
        Diagnostic.FOREIGN_KEY_ON_HOLDER.format("Log.person", "Person", "person"), log,
        "@ForeignKey");
  }

  /** A tree whose parent side is a collection: both sides are the one-to-many. */
  @Test
  void selfReferentialPairResolvingToOneDirectionNamesTheSideToChange() {
    JavaFileObject node = entity("Node", "  @ForeignKey(entity = Node.class) Long parentId;",
        "  @Relationship(backPopulates = \"parent\")",
        "  final RelatedList<Node> children = Node_.children(this);",
        "  @Relationship(backPopulates = \"children\", remoteSide = \"parentId\")",
        "  final RelatedRef<Node> parent = Node_.parent(this);");
    assertSingleError(compile(node, schema("Node")),
        Diagnostic.SELF_PAIR_ONE_DIRECTION.format("Node.parent", "Node.children",
            "one-to-many [id] = [parentId]", "Node.parent", "many-to-one",
            "a RelatedRef whose remoteSide is empty or names the referenced key id"), node,
        "remoteSide");
  }
}
