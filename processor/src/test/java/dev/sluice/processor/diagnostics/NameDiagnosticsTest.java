package dev.sluice.processor.diagnostics;

import static dev.sluice.processor.diagnostics.Compilations.assertSingleError;
import static dev.sluice.processor.diagnostics.Compilations.compile;
import static dev.sluice.processor.diagnostics.Compilations.schema;
import static dev.sluice.processor.diagnostics.Compilations.source;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.sluice.processor.base.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The diagnostics about names: classes Sluice would generate that exist already, SQL names a
 * database or the runtime cannot take (E120 to E123).
 */
class NameDiagnosticsTest {
  private static final String ENTITY = "@Entity class Comment { @Id Long id; }";

  @Test
  void aClassNamedLikeTheGeneratedDao() {
    assertTaken("CommentDao");
  }

  @Test
  void aClassNamedLikeTheGeneratedMetamodel() {
    assertTaken("Comment_");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CommentFlushPlan", "CommentRowMapper"})
  void aClassNamedLikeAFormerGeneratedClassIsNoClash(String name) {
    // the flush plan and the row mapper live inside Comment_, so these names are the user's
    Compilation compilation = compile(source("Comment", ENTITY),
        source(name, "class " + name + " {}"), schema("Comment"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("model.Comment_");
  }


  private static void assertTaken(String name) {
    JavaFileObject comment = source("Comment", ENTITY);
    JavaFileObject clash = source(name, "class " + name + " {}");
    assertSingleError(compile(comment, clash, schema("Comment")),
        Diagnostic.GENERATED_NAME_TAKEN.format("model." + name, "entity Comment",
            "your code already declares a class of that name"), comment, "@Entity");
  }

  @Test
  void aClassNamedLikeTheGeneratedSchemaMetadata() {
    JavaFileObject comment = source("Comment", ENTITY);
    JavaFileObject clash = source("S_Metadata", "class S_Metadata {}");
    JavaFileObject schema = schema("Comment");
    assertSingleError(compile(comment, clash, schema),
        Diagnostic.GENERATED_NAME_TAKEN.format("model.S_Metadata", "schema S",
            "your code already declares a class of that name"), schema, "interface S");
  }

  @Test
  void tableNamesThatDifferOnlyInCase() {
    JavaFileObject a = source("A", "@Entity(table = \"Things\") class A { @Id Long id; }");
    JavaFileObject b = source("B",
        "@Entity(table = \"things\")",
        "class B { @Id Long id; }");
    assertSingleError(compile(a, b, schema("A", "B")), Diagnostic.NAMES_DIFFER_IN_CASE.format(
        "Table", "things", "B", "Things", "A"), b, "@Entity(table");
  }

  @Test
  void columnNamesThatDifferOnlyInCase() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "  @Column(name = \"Amount\") Integer gross;",
        "  @Column(name = \"amount\") Integer net;",
        "}");
    assertSingleError(compile(a, schema("A")), Diagnostic.NAMES_DIFFER_IN_CASE.format(
        "Column", "amount", "A.net", "Amount", "A.gross"), a, "Integer net");
  }

  @Test
  void aTableNameWithTheKeysPlaceholder() {
    JavaFileObject a = source("A",
        "@Entity(table = \"t{keys}\")",
        "class A { @Id Long id; }");
    assertSingleError(compile(a, schema("A")), Diagnostic.BAD_IDENTIFIER.format("table", "A",
        "contains {keys}, which Sluice's SQL uses as the placeholder for a set of keys"), a,
        "@Entity(table");
  }

  @Test
  void aColumnNameWithANulCharacter() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "  @Column(name = \"a\\u0000b\") String name;",
        "}");
    assertSingleError(compile(a, schema("A")), Diagnostic.BAD_IDENTIFIER.format("column",
        "A.name", "contains a NUL character, which databases do not accept in a name"), a,
        "String name");
  }

  @Test
  void aTableNameLongerThanPostgresqlKeeps() {
    String name = "é".repeat(32);
    JavaFileObject a = source("A",
        "@Entity(table = \"" + name + "\")",
        "class A { @Id Long id; }");
    assertSingleError(compile(a, schema("A")), Diagnostic.BAD_IDENTIFIER.format("table", "A",
        "is 64 bytes long in UTF-8; PostgreSQL keeps only the first 63"), a, "@Entity(table");
  }

  @Test
  void aConstraintNameLongerThanPostgresqlKeeps() {
    JavaFileObject p = source("P", "@Entity class P { @Id Long id; }");
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "  @ForeignKey(entity = P.class, name = \"" + "k".repeat(64) + "\") Long pId;",
        "}");
    assertSingleError(compile(p, a, schema("P", "A")), Diagnostic.BAD_IDENTIFIER.format(
        "constraint", "A.pId", "is 64 bytes long in UTF-8; PostgreSQL keeps only the first 63"),
        a, "Long pId");
  }

  @Test
  void aBytesId() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id byte[] id;",
        "}");
    assertSingleError(compile(a, schema("A")), Diagnostic.BYTES_ID.format("A.id"), a,
        "byte[] id");
  }
}
