package dev.sluice.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static dev.sluice.processor.diagnostics.Compilations.assertSingleError;
import static dev.sluice.processor.diagnostics.Compilations.compile;
import static dev.sluice.processor.diagnostics.Compilations.schema;
import static dev.sluice.processor.diagnostics.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.sluice.processor.base.Diagnostic;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Entities keyed by several {@code @Id} columns, and what may reference them (E146, E147). */
class CompositeIdDiagnosticsTest {
  private static final JavaFileObject ORDER = source("Order",
      "@Entity(table = \"orders\") class Order {",
      "  @Id @GeneratedValue Long id;",
      "  @Relationship(backPopulates = \"order\", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})",
      "  final RelatedList<Line> lines = Order_.lines(this);",
      "}");

  /** A line of an order, keyed by the order's id and its own number. */
  private static JavaFileObject line(String... extra) {
    List<String> lines = new java.util.ArrayList<>(List.of(
        "@Entity class Line {",
        "  @Id @ForeignKey(entity = Order.class) Long orderId;",
        "  @Id Integer lineNo;",
        "  @Column(unique = true) String sku;",
        "  @Relationship(backPopulates = \"lines\")",
        "  final RelatedRef<Order> order = Line_.order(this);"));
    lines.addAll(List.of(extra));
    lines.add("}");
    return source("Line", lines.toArray(String[]::new));
  }

  @Test
  void aCompositeKeyWithRelationsCompilesAndGetsATypedFinder() throws IOException {
    Compilation compilation = compile(ORDER, line(), schema("Order", "Line"));
    CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    String dao = compilation.generatedSourceFile("model.LineDao").orElseThrow()
        .getCharContent(true).toString();
    assertThat(dao).contains("public Optional<Line> findById(Long orderId, Integer lineNo)");
    assertThat(dao).contains("this.session.get(Line.class, Arrays.asList(orderId, lineNo))");
  }

  @Test
  void aGeneratedPartOfACompositeKey() {
    JavaFileObject pair = source("Pair",
        "@Entity class Pair {",
        "  @Id @GeneratedValue Long id;",
        "  @Id String code;",
        "}");
    assertSingleError(compile(pair, schema("Pair")),
        Diagnostic.COMPOSITE_ID_GENERATED.format("Pair.id", "Pair", List.of("id", "code")), pair,
        "@GeneratedValue");
  }

  @Test
  void oneColumnReferencingACompositeKey() {
    JavaFileObject note = source("Note",
        "@Entity class Note {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Line.class) Long lineId;",
        "}");
    assertSingleError(compile(ORDER, line(), note, schema("Order", "Line", "Note")),
        Diagnostic.COMPOSITE_ID_REFERENCED.format("Note.lineId", "Line",
            List.of("orderId", "lineNo"), "Line", "orderId\", \"lineNo"), note, "@ForeignKey");
  }

  @Test
  void oneColumnReferencingAPartOfACompositeKey() {
    JavaFileObject note = source("Note",
        "@Entity class Note {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Line.class, column = \"lineNo\") Integer lineNo;",
        "}");
    assertSingleError(compile(ORDER, line(), note, schema("Order", "Line", "Note")),
        Diagnostic.COMPOSITE_ID_REFERENCED.format("Note.lineNo", "Line",
            List.of("orderId", "lineNo"), "Line", "orderId\", \"lineNo"), note, "@ForeignKey");
  }

  /** A plain column is no key, whatever the entity's key: the usual E205. */
  @Test
  void oneColumnReferencingAPlainColumnOfACompositeKeyedEntity() {
    JavaFileObject note = source("Note",
        "@Entity class Note {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Line.class, column = \"memo\") String memo;",
        "}");
    assertSingleError(compile(ORDER, line("  String memo;"), note,
            schema("Order", "Line", "Note")),
        Diagnostic.FK_NOT_REFERENCEABLE.format("Note.memo", "Line", "memo"), note,
        "@ForeignKey");
  }

  @Test
  void aUniqueColumnOfACompositeKeyedEntityMayBeReferenced() {
    JavaFileObject note = source("Note",
        "@Entity class Note {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Line.class, column = \"sku\") String sku;",
        "}");
    CompilationSubject.assertThat(compile(ORDER, line(), note, schema("Order", "Line", "Note")))
        .succeededWithoutWarnings();
  }

  @Test
  void aJoinPairingOnlyOneColumnOfACompositeKey() {
    JavaFileObject note = source("Note",
        "@Entity class Note {",
        "  @Id Long id;",
        "  Integer lineNo;",
        "  @Relationship(primaryJoin = \"Note.lineNo = Line.lineNo\", foreignKeys = \"lineNo\")",
        "  final RelatedRef<Line> line = Note_.line(this);",
        "}");
    assertSingleError(compile(ORDER, line(), note, schema("Order", "Line", "Note")),
        Diagnostic.JOIN_PAIR_NOT_REFERENCEABLE.format("Note.line", "Note.lineNo", "Line",
            "lineNo", "which is one column of the composite primary key [orderId, lineNo]: pair"
                + " every one of them", "Line"), note, "primaryJoin");
  }

  /** A join over every column of a composite key needs no @Unique and no foreignKeys. */
  @Test
  void aRelationshipJoinedOnAWholeCompositeKeyCompiles() {
    JavaFileObject note = source("Note",
        "@Entity @ForeignKeyConstraint(columns = {\"orderId\", \"lineNo\"}, entity = Line.class,",
        "    references = {\"orderId\", \"lineNo\"})",
        "class Note {",
        "  @Id Long id;",
        "  Long orderId;",
        "  Integer lineNo;",
        "  @Relationship(primaryJoin =",
        "      \"Note.orderId = Line.orderId AND Note.lineNo = Line.lineNo\")",
        "  final RelatedRef<Line> line = Note_.line(this);",
        "}");
    CompilationSubject.assertThat(compile(ORDER, line(), note, schema("Order", "Line", "Note")))
        .succeededWithoutWarnings();
  }

  /** A key over every column of a composite primary key needs no @Unique beside it. */
  @Test
  void aCompositeForeignKeyMayReferenceACompositePrimaryKey() {
    JavaFileObject note = source("Note",
        "@Entity @ForeignKeyConstraint(columns = {\"orderId\", \"lineNo\"}, entity = Line.class,",
        "    references = {\"orderId\", \"lineNo\"})",
        "class Note {",
        "  @Id Long id;",
        "  Long orderId;",
        "  Integer lineNo;",
        "}");
    CompilationSubject.assertThat(compile(ORDER, line(), note, schema("Order", "Line", "Note")))
        .succeededWithoutWarnings();
  }
}
