package dev.sluice.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.diagnostics.Compilations.assertSingleError;
import static dev.sluice.processor.diagnostics.Compilations.compile;
import static dev.sluice.processor.diagnostics.Compilations.schema;
import static dev.sluice.processor.diagnostics.Compilations.source;

import dev.sluice.processor.base.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostic about tables that reference each other in a cycle (E329). */
class GraphDiagnosticsTest {
  private static JavaFileObject widget(String relationship) {
    return source("Widget",
        "@Entity class Widget {",
        "  @Id @GeneratedValue Long id;",
        "  @ForeignKey(entity = Entry.class) Long favoriteEntryId;",
        "  @Relationship(foreignKeys = \"favoriteEntryId\"" + relationship + ")",
        "  final RelatedRef<Entry> favorite = Widget_.favorite(this);",
        "}");
  }

  private static final JavaFileObject ENTRY = source("Entry",
      "@Entity class Entry {",
      "  @Id @GeneratedValue Long id;",
      "  @ForeignKey(entity = Widget.class) Long widgetId;",
      "  @Relationship(foreignKeys = \"widgetId\")",
      "  final RelatedRef<Widget> widget = Entry_.widget(this);",
      "}");

  @Test
  void cycleWithoutPostUpdate() {
    JavaFileObject widget = widget("");
    assertSingleError(compile(widget, ENTRY, schema("Widget", "Entry")),
        Diagnostic.CYCLE_NEEDS_POST_UPDATE.format("Widget -> Entry -> Widget",
            "[Widget.favorite, Entry.widget]"), widget, "@Relationship");
  }

  @Test
  void cyclePathStartsAtTheFirstListedEntity() {
    JavaFileObject widget = widget("");
    assertSingleError(compile(widget, ENTRY, schema("Entry", "Widget")),
        Diagnostic.CYCLE_NEEDS_POST_UPDATE.format("Entry -> Widget -> Entry",
            "[Entry.widget, Widget.favorite]"), ENTRY, "@Relationship");
  }

  @Test
  void postUpdateBreaksTheCycle() {
    assertThat(compile(widget(", postUpdate = true"), ENTRY, schema("Widget", "Entry")))
        .succeededWithoutWarnings();
  }

  @Test
  void cycleOfKeysWithoutRelationships() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "  @ForeignKey(entity = B.class) Long bId;",
        "}");
    JavaFileObject b = source("B",
        "@Entity class B {",
        "  @Id Long id;",
        "  @ForeignKey(entity = C.class) Long cId;",
        "}");
    JavaFileObject c = source("C",
        "@Entity class C {",
        "  @Id Long id;",
        "  @ForeignKey(entity = A.class) Long aId;",
        "}");
    JavaFileObject s = schema("A", "B", "C");
    assertSingleError(compile(a, b, c, s), Diagnostic.CYCLE_NEEDS_POST_UPDATE.format(
        "A -> B -> C -> A", "the relationships over these foreign keys (declare one)"), s,
        "interface S");
  }

  @Test
  void selfReferenceIsNoCycle() {
    JavaFileObject node = source("Node",
        "@Entity class Node {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Node.class) Long parentId;",
        "  @Relationship(backref = \"parent\", backrefOptions = @Backref(lazy = Lazy.JOINED))",
        "  final RelatedList<Node> children = Node_.children(this);",
        "  final RelatedRef<Node> parent = Node_.parent(this);",
        "}");
    assertThat(compile(node, schema("Node"))).succeededWithoutWarnings();
  }
}
