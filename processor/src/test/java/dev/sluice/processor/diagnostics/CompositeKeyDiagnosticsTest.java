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
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics about {@code @ForeignKeyConstraint}, a key over several columns (E206–E213). */
class CompositeKeyDiagnosticsTest {
  private static final String WRITTEN = "columns = {\"widgetId\", \"favoriteEntryId\"}";

  private static final JavaFileObject ENTRY = source("Entry",
      "@Entity @Unique({\"entryId\", \"widgetId\"}) class Entry {",
      "  @Id Long entryId;",
      "  Long widgetId;",
      "  String name;",
      "}");

  /**
   * A widget whose key's attributes are {@code attributes}, each on a line of its own (a
   * diagnostic about a name lands on its line); a line may continue the one before.
   */
  private static JavaFileObject widget(String... attributes) {
    List<String> lines = new ArrayList<>(List.of("@Entity", "@ForeignKeyConstraint("));
    for (int i = 0; i < attributes.length; i++) {
      boolean continued = i + 1 < attributes.length && attributes[i + 1].startsWith(" ");
      lines.add("    " + attributes[i] + (i + 1 == attributes.length ? ")" : continued ? "" : ","));
    }
    lines.addAll(List.of("class Widget {", "  @Id Long widgetId;", "  Long favoriteEntryId;",
        "}"));
    return source("Widget", lines.toArray(String[]::new));
  }

  @Test
  void aValidKeyCompilesWithoutWarnings() {
    Compilation compilation = compile(ENTRY, widget(WRITTEN, "entity = Entry.class",
        "references = {\"widgetId\", \"entryId\"}"), schema("Widget", "Entry"));
    CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
  }

  /** A mapped superclass's key holds for each entity that extends it; a mistake in it is its. */
  @Test
  void aKeyOnAMappedSuperclassIsReportedThere() {
    JavaFileObject owned = source("Owned", "@MappedSuperclass",
        "@ForeignKeyConstraint(columns = {\"widgetId\", \"entryNo\"}, entity = Entry.class,",
        "    references = {\"widgetId\", \"entryId\"})",
        "abstract class Owned {", "  Long widgetId;", "  Long entryId;", "}");
    JavaFileObject note = source("Note", "@Entity class Note extends Owned {",
        "  @Id Long id;", "}");
    assertSingleError(compile(ENTRY, owned, note, schema("Note", "Entry")),
        Diagnostic.COMPOSITE_KEY_NOT_A_COLUMN.format(
            "columns = {\"widgetId\", \"entryNo\"}", "Note", "entryNo",
            "which is not a field of Note (did you mean entryId?)", "Note"),
        owned, "@ForeignKeyConstraint(");
  }

  @Test
  void aUniqueOnAMappedSuperclassIsReportedThere() {
    JavaFileObject numbered = source("Numbered", "@MappedSuperclass",
        "@Unique({\"widgetId\", \"numbr\"})",
        "abstract class Numbered {", "  Long widgetId;", "  Long number;", "}");
    JavaFileObject page = source("Page", "@Entity class Page extends Numbered {",
        "  @Id Long id;", "}");
    assertSingleError(compile(numbered, page, schema("Page")),
        Diagnostic.UNIQUE_NOT_A_COLUMN.format("{\"widgetId\", \"numbr\"}", "Page", "numbr",
            "which is not a field of Page (did you mean number?)", "Page"),
        numbered, "@Unique(");
  }

  @Test
  void aKeyOfOneColumn() {
    JavaFileObject widget = widget("columns = \"favoriteEntryId\"", "entity = Entry.class",
        "references = \"entryId\"");
    assertSingleError(compile(ENTRY, widget, schema("Widget", "Entry")),
        Diagnostic.COMPOSITE_KEY_SIZE.format("columns = {\"favoriteEntryId\"}", "Widget", 1, 1),
        widget, "@ForeignKeyConstraint(");
  }

  @Test
  void moreColumnsThanReferences() {
    JavaFileObject widget = widget(WRITTEN, "entity = Entry.class", "references = \"entryId\"");
    assertSingleError(compile(ENTRY, widget, schema("Widget", "Entry")),
        Diagnostic.COMPOSITE_KEY_SIZE.format(WRITTEN, "Widget", 2, 1), widget,
        "@ForeignKeyConstraint(");
  }

  @Test
  void aMisspelledColumnGetsASuggestion() {
    JavaFileObject widget = widget("columns = {\"widgetId\",", "  \"favouriteEntryId\"}",
        "entity = Entry.class", "references = {\"widgetId\", \"entryId\"}");
    assertSingleError(compile(ENTRY, widget, schema("Widget", "Entry")),
        Diagnostic.COMPOSITE_KEY_NOT_A_COLUMN.format(
            "columns = {\"widgetId\", \"favouriteEntryId\"}", "Widget", "favouriteEntryId",
            "which is not a field of Widget (did you mean favoriteEntryId?)", "Widget"),
        widget, "\"favouriteEntryId\"}");
  }

  @Test
  void aHolderIsNoColumn() {
    JavaFileObject entry = source("Entry",
        "@Entity @Unique({\"entryId\", \"widgetId\"}) class Entry {",
        "  @Id Long entryId;",
        "  @ForeignKey(entity = Widget.class) Long widgetId;",
        "}");
    JavaFileObject widget = source("Widget",
        "@Entity",
        "@ForeignKeyConstraint(columns = {\"widgetId\",",
        "    \"entries\"},",
        "    entity = Entry.class, references = {\"widgetId\", \"entryId\"})",
        "class Widget {",
        "  @Id Long widgetId;",
        "  final RelatedList<Entry> entries = Widget_.entries(this);",
        "}");
    assertSingleError(compile(entry, widget, schema("Widget", "Entry")),
        Diagnostic.COMPOSITE_KEY_NOT_A_COLUMN.format("columns = {\"widgetId\", \"entries\"}",
            "Widget", "entries", "which is not a column", "Widget"), widget, "\"entries\"}");
  }

  @Test
  void aColumnNamedTwice() {
    JavaFileObject widget = widget("columns = {\"widgetId\",", "  \"widgetId\"}",
        "entity = Entry.class", "references = {\"widgetId\", \"entryId\"}");
    assertSingleError(compile(ENTRY, widget, schema("Widget", "Entry")),
        Diagnostic.COMPOSITE_KEY_FIELD_REPEATED.format(
            "columns = {\"widgetId\", \"widgetId\"}", "Widget", "widgetId"),
        widget, "  \"widgetId\"}");
  }

  @Test
  void aKeyToAPlainClass() {
    JavaFileObject widget = widget(WRITTEN, "entity = String.class",
        "references = {\"widgetId\", \"entryId\"}");
    assertSingleError(compile(ENTRY, widget, schema("Widget", "Entry")),
        Diagnostic.COMPOSITE_KEY_TARGET_NOT_ENTITY.format(WRITTEN, "Widget", "String"), widget,
        "entity = String.class");
  }

  @Test
  void aKeyToAnEntityOutsideTheSchema() {
    JavaFileObject widget = widget(WRITTEN, "entity = Entry.class",
        "references = {\"widgetId\", \"entryId\"}");
    Compilation compilation = compile(ENTRY, widget, schema("Widget"));
    assertSingleError(compilation, Diagnostic.COMPOSITE_KEY_TARGET_NOT_IN_SCHEMA.format(WRITTEN,
        "Widget", "Entry", "S", "Entry"), widget, "entity = Entry.class");
    assertThat(sluiceWarnings(compilation)).containsExactly(
        Diagnostic.UNLISTED_ENTITY.format("Entry"));
  }

  @Test
  void aReferenceToNoColumnGetsASuggestion() {
    JavaFileObject widget = widget(WRITTEN, "entity = Entry.class",
        "references = {\"widgetId\",", "  \"entryID\"}");
    assertSingleError(compile(ENTRY, widget, schema("Widget", "Entry")),
        Diagnostic.COMPOSITE_KEY_NOT_A_COLUMN.format(WRITTEN, "Widget", "entryID",
            "which is not a column field of Entry (did you mean entryId?)", "Entry"),
        widget, "\"entryID\"}");
  }

  @Test
  void pairedColumnsOfDifferentTypes() {
    JavaFileObject widget = widget(WRITTEN, "entity = Entry.class",
        "references = {\"widgetId\",", "  \"name\"}");
    assertSingleError(compile(ENTRY, widget, schema("Widget", "Entry")),
        Diagnostic.COMPOSITE_KEY_TYPE_MISMATCH.format(WRITTEN, "Widget", "favoriteEntryId",
            "Long", "Entry", "name", "String"), widget, "\"name\"}");
  }

  @Test
  void referencedColumnsWithoutAUniqueOverExactlyThem() {
    JavaFileObject entry = source("Entry",
        "@Entity @Unique({\"entryId\", \"widgetId\", \"name\"}) class Entry {",
        "  @Id Long entryId;",
        "  Long widgetId;",
        "  String name;",
        "}");
    JavaFileObject widget = widget(WRITTEN, "entity = Entry.class",
        "references = {\"widgetId\", \"entryId\"}");
    assertSingleError(compile(entry, widget, schema("Widget", "Entry")),
        Diagnostic.COMPOSITE_KEY_NOT_UNIQUE.format(WRITTEN, "Widget", "widgetId, entryId",
            "Entry", "Entry", "\"widgetId\", \"entryId\"", "Entry"), widget, "references =");
  }

  @Test
  void aKeyWithinItsOwnTable() {
    JavaFileObject widget = source("Widget",
        "@Entity @Unique({\"widgetId\", \"favoriteEntryId\"})",
        "@ForeignKeyConstraint(columns = {\"favoriteEntryId\", \"widgetId\"},",
        "    entity = Widget.class,",
        "    references = {\"widgetId\", \"favoriteEntryId\"})",
        "class Widget {",
        "  @Id Long widgetId;",
        "  Long favoriteEntryId;",
        "}");
    assertSingleError(compile(widget, schema("Widget")),
        Diagnostic.COMPOSITE_KEY_SAME_TABLE.format(
            "columns = {\"favoriteEntryId\", \"widgetId\"}", "Widget", "widget"), widget,
        "entity = Widget.class");
  }

  @Test
  void aConstraintNameWithThePlaceholder() {
    JavaFileObject widget = widget(WRITTEN, "entity = Entry.class",
        "references = {\"widgetId\", \"entryId\"}", "name = \"fk_{keys}\"");
    assertSingleError(compile(ENTRY, widget, schema("Widget", "Entry")),
        Diagnostic.BAD_IDENTIFIER.format("constraint", "Widget's @ForeignKeyConstraint("
            + WRITTEN + ")", "contains {keys}, which Sluice's SQL uses as the placeholder for a"
            + " set of keys"), widget, "name = ");
  }

  /** A link table of widgets and entries whose key to an entry names {@code columns}. */
  private static JavaFileObject link(String columns) {
    return source("Link",
        "@AssociationTable",
        "@ForeignKeyConstraint(columns = " + columns + ", entity = Entry.class,",
        "    references = {\"widgetId\", \"entryId\"})",
        "class Link {",
        "  @ForeignKey(entity = Widget.class) Long widgetId;",
        "  Long entryId;",
        "}");
  }

  /** A widget whose entries are linked through {@link #link}. */
  private static final JavaFileObject LINKED_WIDGET = source("Widget",
      "@Entity class Widget {",
      "  @Id Long widgetId;",
      "  @Relationship(secondary = Link.class,",
      "      secondaryJoin = \"Entry.entryId = Link.entryId\")",
      "  final RelatedList<Entry> entries = Widget_.entries(this);",
      "}");

  /** An association table's key over several columns is checked as an entity's is. */
  @Test
  void aKeyOnAnAssociationTableNamingNoColumnOfIt() {
    JavaFileObject link = link("{\"widgetId\", \"entryNo\"}");
    assertSingleError(compile(ENTRY, LINKED_WIDGET, link, schema("Widget", "Entry")),
        Diagnostic.COMPOSITE_KEY_NOT_A_COLUMN.format(
            "columns = {\"widgetId\", \"entryNo\"}", "Link", "entryNo",
            "which is not a field of Link (did you mean entryId?)", "Link"),
        link, "@ForeignKeyConstraint(");
  }

  /** A valid one is declared by the association table's DDL. */
  @Test
  void aKeyOnAnAssociationTableIsDeclared() throws java.io.IOException {
    Compilation compilation = compile(ENTRY, LINKED_WIDGET,
        link("{\"widgetId\", \"entryId\"}"), schema("Widget", "Entry"));
    CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    String metadata = compilation.generatedSourceFile("model.S_Metadata").orElseThrow()
        .getCharContent(true).toString();
    assertThat(metadata).contains("CONSTRAINT \\\"fk_link_widget_id_entry_id\\\" FOREIGN KEY"
        + " (\\\"widget_id\\\", \\\"entry_id\\\") REFERENCES \\\"entry\\\"");
  }

  @Test
  void aCycleThroughTheKeyWithoutAPostUpdateIsRejected() {
    JavaFileObject entry = source("Entry",
        "@Entity @Unique({\"entryId\", \"widgetId\"}) class Entry {",
        "  @Id Long entryId;",
        "  @ForeignKey(entity = Widget.class) Long widgetId;",
        "}");
    JavaFileObject widget = widget(WRITTEN, "entity = Entry.class",
        "references = {\"widgetId\", \"entryId\"}");
    JavaFileObject schema = schema("Widget", "Entry");
    assertSingleError(compile(entry, widget, schema),
        Diagnostic.CYCLE_NEEDS_POST_UPDATE.format("Widget -> Entry -> Widget",
            "the relationships over these foreign keys (declare one)"), schema, "interface S");
  }
}
