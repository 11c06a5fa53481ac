package dev.sluice.processor.diagnostics;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.sluice.processor.diagnostics.Compilations.compile;
import static dev.sluice.processor.diagnostics.Compilations.schema;
import static dev.sluice.processor.diagnostics.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * User code sees only the holders' own API: calling the runtime's bookkeeping on a relationship
 * field ({@code person.logs.forget(log)} would desynchronise both sides) does not compile,
 * while every user method does.
 */
class SealedHoldersTest {
  /** The plumbing the runtime's holders have, none of which a field may expose. */
  private static final List<String> PLUMBING = List.of("forget(l)", "forgetAll(java.util.Set.of())",
      "relinkAll()", "populate(java.util.List.of())", "bind(null)", "clearChanges()",
      "members()", "added()", "removed()", "dropped()", "hasChanges()", "unload()",
      "relation()", "owner()", "wasAssigned()");

  private static JavaFileObject person() {
    return source("Person",
        "@Entity class Person {",
        "  @Id Long id;",
        "  @Relationship(backPopulates = \"person\")",
        "  final RelatedList<Log> logs = Person_.logs(this);",
        "  @Relationship(secondary = Tagging.class)",
        "  final RelatedSet<Tag> tags = Person_.tags(this);",
        "  @Relationship(secondary = Following.class, lazy = Lazy.DYNAMIC)",
        "  final RelatedQuery<Tag> followed = Person_.followed(this);",
        "}");
  }

  private static List<JavaFileObject> model(JavaFileObject use) {
    return List.of(person(),
        source("Log",
            "@Entity class Log {",
            "  @Id Long id;",
            "  @ForeignKey(entity = Person.class) Long personId;",
            "  @Relationship(backPopulates = \"logs\")",
            "  final RelatedRef<Person> person = Log_.person(this);",
            "}"),
        source("Tag", "@Entity class Tag {", "  @Id Long id;", "}"),
        source("Tagging", "@AssociationTable class Tagging {",
            "  @ForeignKey(entity = Person.class) Long personId;",
            "  @ForeignKey(entity = Tag.class) Long tagId;", "}"),
        source("Following", "@AssociationTable(name = \"following\") class Following {",
            "  @ForeignKey(entity = Person.class) Long personId;",
            "  @ForeignKey(entity = Tag.class) Long tagId;", "}"),
        schema("Person", "Log", "Tag"), use);
  }

  @Test
  void theUsersApiCompilesOnEveryHolder() {
    Compilation compilation = compile(model(source("Use",
        "class Use {",
        "  void use(Person p, Log l, Tag t) {",
        "    p.logs.add(l); p.logs.remove(l); p.logs.set(java.util.List.of(l));",
        "    p.logs.set(0, l); p.logs.get(0); p.logs.sort(null); p.logs.isLoaded();",
        "    p.tags.add(t); p.tags.set(java.util.Set.of(t)); p.tags.contains(t);",
        "    p.tags.isLoaded();",
        "    l.person.set(p); l.person.get(); l.person.optional(); l.person.clear();",
        "    l.person.isLoaded();",
        "    p.followed.add(t); p.followed.remove(t); p.followed.list(); p.followed.count();",
        "    p.followed.first(); p.followed.isLoaded();",
        "    java.util.function.Supplier<?> q = () -> p.followed.where(\"id > 1\").list();",
        "    q = () -> p.followed.orderBy(\"id\").first(); q = p.followed::query;",
        "  }",
        "}")).toArray(new JavaFileObject[0]));
    assertWithMessage("errors").that(compilation.errors()).isEmpty();
  }

  @Test
  void noHolderExposesTheRuntimesBookkeeping() {
    List<String> lines = new ArrayList<>(List.of("class Use {", "  void misuse(Person p, Log l) {"));
    TreeSet<Long> expected = new TreeSet<>();
    for (String field : List.of("p.logs", "p.tags", "l.person", "p.followed")) {
      for (String call : PLUMBING) {
        lines.add("    " + field + "." + call + ";");
        expected.add((long) lines.size() + 1); // the header takes line 1
      }
    }
    lines.add("  }");
    lines.add("}");
    Compilation compilation = compile(
        model(source("Use", lines.toArray(new String[0]))).toArray(new JavaFileObject[0]));
    TreeSet<Long> rejected = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String message = error.getMessage(Locale.ROOT);
      assertWithMessage("error at line %s", error.getLineNumber())
          .that(message).contains("cannot find symbol");
      assertWithMessage("error source").that(error.getSource().getName()).endsWith("Use.java");
      rejected.add(error.getLineNumber());
    }
    assertWithMessage("lines calling bookkeeping that were rejected")
        .that(rejected).containsExactlyElementsIn(expected);
  }
}
