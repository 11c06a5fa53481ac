package dev.sluice.processor.diagnostics;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.sluice.processor.diagnostics.Compilations.compile;
import static dev.sluice.processor.diagnostics.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One mistake, one error: each mutant of a few valid base models differs from its base by one
 * mistake, and must be rejected with exactly one Sluice error. The table covers the mistakes
 * that used to give two or more (a pair's problem reported on both sides, knock-on errors of
 * an entity that failed its own checks).
 */
class SingleMistakeTest {
  /** A one-to-many whose sides name each other with backPopulates. */
  private static final Map<String, String> PAIR = model(
      "Person", """
          @Entity class Person {
            @Id Long id;
            String name;
            @Relationship(backPopulates = "person", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
            final RelatedList<Log> logs = Person_.logs(this);
          }""",
      "Log", """
          @Entity class Log {
            @Id Long id;
            String text;
            @ForeignKey(entity = Person.class) Long personId;
            @Relationship(backPopulates = "logs")
            final RelatedRef<Person> person = Log_.person(this);
          }""",
      "S", """
          @Schema(entities = {Person.class, Log.class})
          interface S {}""");

  /** A one-to-many declared on the reference side, its collection created by backref. */
  private static final Map<String, String> BACKREF = model(
      "Person", """
          @Entity class Person {
            @Id Long id;
            String name;
            final RelatedList<Log> logs = Person_.logs(this);
          }""",
      "Log", """
          @Entity class Log {
            @Id Long id;
            int count;
            @ForeignKey(entity = Person.class) Long personId;
            @Relationship(backref = "logs")
            final RelatedRef<Person> person = Log_.person(this);
          }""",
      "S", """
          @Schema(entities = {Person.class, Log.class})
          interface S {}""");

  /** A many-to-many through an association table, both sides declaring it. */
  private static final Map<String, String> MANY = model(
      "Group", """
          @Entity class Group {
            @Id Long id;
            @Relationship(secondary = Member.class, backPopulates = "groups")
            final RelatedList<Person> members = Group_.members(this);
          }""",
      "Person", """
          @Entity class Person {
            @Id Long id;
            @Relationship(secondary = Member.class, backPopulates = "members")
            final RelatedSet<Group> groups = Person_.groups(this);
          }""",
      "Member", """
          @AssociationTable class Member {
            @ForeignKey(entity = Group.class) Long groupId;
            @ForeignKey(entity = Person.class) Long personId;
          }""",
      "S", """
          @Schema(entities = {Group.class, Person.class})
          interface S {}""");

  /** A many-to-many declared on one side, the other side's collection created by backref. */
  private static final Map<String, String> MANY_BACKREF = model(
      "Group", """
          @Entity class Group {
            @Id Long id;
            @Relationship(secondary = Member.class, backref = "groups")
            final RelatedList<Person> members = Group_.members(this);
          }""",
      "Person", """
          @Entity class Person {
            @Id Long id;
            final RelatedSet<Group> groups = Person_.groups(this);
          }""",
      "Member", """
          @AssociationTable class Member {
            @ForeignKey(entity = Group.class) Long groupId;
            @ForeignKey(entity = Person.class) Long personId;
          }""",
      "S", """
          @Schema(entities = {Group.class, Person.class})
          interface S {}""");

  /** An adjacency-list tree. */
  private static final Map<String, String> TREE = model(
      "Node", """
          @Entity class Node {
            @Id Long id;
            @ForeignKey(entity = Node.class) Long parentId;
            @Relationship(backPopulates = "parent", cascade = Cascade.ALL)
            final RelatedList<Node> children = Node_.children(this);
            @Relationship(backPopulates = "children", remoteSide = "id")
            final RelatedRef<Node> parent = Node_.parent(this);
          }""",
      "S", """
          @Schema(entities = Node.class)
          interface S {}""");

  /** A single mistake: in {@code file} of {@code base}, {@code from} becomes {@code to}. */
  private record Mutant(String name, Map<String, String> base, String file, String from,
      String to) {}

  private static final List<Mutant> MUTANTS = List.of(
      new Mutant("backPopulates misspelled", PAIR, "Person", "backPopulates = \"person\"",
          "backPopulates = \"persn\""),
      new Mutant("partner's backPopulates misspelled", PAIR, "Log",
          "backPopulates = \"logs\"", "backPopulates = \"log\""),
      new Mutant("backPopulates names a column", PAIR, "Person", "backPopulates = \"person\"",
          "backPopulates = \"text\""),
      new Mutant("no foreign key", PAIR, "Log", "@ForeignKey(entity = Person.class) Long",
          "Long"),
      new Mutant("foreign key of another type", PAIR, "Log", "Long personId",
          "String personId"),
      new Mutant("two foreign keys", PAIR, "Log", "String text;",
          "@ForeignKey(entity = Person.class) Long editorId;"),
      new Mutant("foreignKeys misspelled", PAIR, "Log", "@Relationship(backPopulates = \"logs\")",
          "@Relationship(backPopulates = \"logs\", foreignKeys = \"personld\")"),
      new Mutant("reference as a collection", PAIR, "Log", "RelatedRef<Person>",
          "RelatedList<Person>"),
      new Mutant("collection of a non-entity", PAIR, "Person", "RelatedList<Log>",
          "RelatedList<String>"),
      new Mutant("reference to the wrong entity", PAIR, "Log", "RelatedRef<Person>",
          "RelatedRef<Log>"),
      new Mutant("entity left out of the schema", PAIR, "S", ", Log.class", ""),
      new Mutant("no id", PAIR, "Person", "@Id Long id;", "Long id;"),
      new Mutant("final column", PAIR, "Log", "String text;", "final String text = null;"),
      new Mutant("delete-orphan on the many-to-one", PAIR, "Log",
          "@Relationship(backPopulates = \"logs\")",
          "@Relationship(backPopulates = \"logs\", cascade = Cascade.DELETE_ORPHAN)"),
      new Mutant("passive ALL with DELETE", PAIR, "Person", "Cascade.DELETE_ORPHAN}",
          "Cascade.DELETE_ORPHAN}, passiveDeletes = PassiveDeletes.ALL"),
      new Mutant("@ForeignKey on a relationship", PAIR, "Log",
          "@Relationship(backPopulates = \"logs\")",
          "@ForeignKey(entity = Person.class) @Relationship(backPopulates = \"logs\")"),
      new Mutant("backref misspelled", BACKREF, "Log", "backref = \"logs\"",
          "backref = \"log\""),
      new Mutant("backref side missing", BACKREF, "Person",
          "final RelatedList<Log> logs = Person_.logs(this);", ""),
      new Mutant("backref side of another entity", BACKREF, "Person", "RelatedList<Log>",
          "RelatedList<Person>"),
      new Mutant("backref side annotated", BACKREF, "Person", "final RelatedList<Log>",
          "@Relationship final RelatedList<Log>"),
      new Mutant("nullable primitive beside a backref", BACKREF, "Log", "int count;",
          "@Column(nullable = true) int count;"),
      new Mutant("key to a missing column beside a backref", BACKREF, "Log",
          "@ForeignKey(entity = Person.class)",
          "@ForeignKey(entity = Person.class, column = \"nme\")"),
      new Mutant("no id beside a backref", BACKREF, "Log", "@Id Long id;", "Long id;"),
      new Mutant("many-to-many without secondary via backref", BACKREF, "Log",
          "RelatedRef<Person>", "RelatedList<Person>"),
      new Mutant("association table with two keys to one side", MANY, "Member",
          "@ForeignKey(entity = Group.class)", "@ForeignKey(entity = Person.class)"),
      new Mutant("association key of another type", MANY, "Member", "Long personId",
          "String personId"),
      new Mutant("many-to-many backPopulates misspelled", MANY, "Group",
          "backPopulates = \"groups\"", "backPopulates = \"group\""),
      new Mutant("many-to-many on a reference", MANY, "Person", "RelatedSet<Group>",
          "RelatedRef<Group>"),
      new Mutant("secondary not an association table", MANY, "Member", "@AssociationTable",
          ""),
      new Mutant("many-to-many without secondary", MANY_BACKREF, "Group",
          "secondary = Member.class, ", ""),
      new Mutant("many-to-many backref misspelled", MANY_BACKREF, "Group",
          "backref = \"groups\"", "backref = \"grops\""),
      new Mutant("association key to a missing column", MANY_BACKREF, "Member",
          "@ForeignKey(entity = Person.class)",
          "@ForeignKey(entity = Person.class, column = \"ident\")"),
      new Mutant("remoteSide naming the foreign key", TREE, "Node", "remoteSide = \"id\"",
          "remoteSide = \"parentId\""),
      new Mutant("remoteSide misspelled", TREE, "Node", "remoteSide = \"id\"",
          "remoteSide = \"ids\""),
      new Mutant("tree without foreign key", TREE, "Node",
          "@ForeignKey(entity = Node.class) Long", "Long"),
      new Mutant("tree backPopulates misspelled", TREE, "Node", "backPopulates = \"parent\"",
          "backPopulates = \"parnt\""),
      new Mutant("tree reference as a collection", TREE, "Node", "RelatedRef<Node>",
          "RelatedList<Node>"));

  @Test
  void everyBaseModelCompiles() {
    for (Map<String, String> base : List.of(PAIR, BACKREF, MANY, MANY_BACKREF, TREE)) {
      Compilation compilation = compile(sources(base));
      assertWithMessage(base.keySet().toString()).that(compilation.errors()).isEmpty();
    }
  }

  @Test
  void everySingleMistakeGivesExactlyOneError() {
    List<String> failures = new ArrayList<>();
    int single = 0;
    for (Mutant mutant : MUTANTS) {
      List<String> errors = Compilations.sluiceErrors(compile(sources(mutate(mutant))));
      if (errors.size() == 1) {
        single++;
      } else {
        failures.add(mutant.name() + ": " + errors);
      }
    }
    String share = String.format(Locale.ROOT, "%d of %d mutants give exactly one error",
        single, MUTANTS.size());
    assertWithMessage(share).that(failures).isEmpty();
    assertWithMessage(share).that(single).isEqualTo(MUTANTS.size());
  }

  private static Map<String, String> mutate(Mutant mutant) {
    Map<String, String> files = new LinkedHashMap<>(mutant.base());
    String text = files.get(mutant.file());
    int at = text.indexOf(mutant.from());
    if (at < 0 || text.indexOf(mutant.from(), at + 1) >= 0) {
      throw new AssertionError(mutant.name() + ": \"" + mutant.from() + "\" is not unique");
    }
    files.put(mutant.file(), text.replace(mutant.from(), mutant.to()));
    return files;
  }

  private static JavaFileObject[] sources(Map<String, String> files) {
    return files.entrySet().stream()
        .map(e -> source(e.getKey(), e.getValue().split("\n")))
        .toArray(JavaFileObject[]::new);
  }

  private static Map<String, String> model(String... namesAndSources) {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < namesAndSources.length; i += 2) {
      files.put(namesAndSources[i], namesAndSources[i + 1]);
    }
    return files;
  }
}
