package dev.sluice.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.diagnostics.Compilations.assertSingleError;
import static dev.sluice.processor.diagnostics.Compilations.compile;
import static dev.sluice.processor.diagnostics.Compilations.schema;
import static dev.sluice.processor.diagnostics.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.sluice.processor.base.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Each mistake in a class hierarchy is one error on the element that is wrong. */
class HierarchyDiagnosticsTest {
  private static final JavaFileObject ROOT = source("A",
      "@Entity @PolymorphicOn(\"kind\") @PolymorphicIdentity(\"a\") class A {",
      "  @Id Long id;",
      "  String kind;",
      "}");

  @Test
  void aValidHierarchyCompilesWithoutWarnings() {
    JavaFileObject b = source("B",
        "@Entity @PolymorphicIdentity(\"b\") class B extends A {",
        "  Integer size;",
        "}");
    JavaFileObject c = source("C",
        "@Entity abstract class C extends A {",
        "  String note;",
        "}");
    assertThat(compile(ROOT, b, c, schema("A", "B", "C"))).succeededWithoutWarnings();
  }

  @Test
  void polymorphicOnBelongsToTheRoot() {
    JavaFileObject b = source("B",
        "@Entity @PolymorphicOn(\"kind\") @PolymorphicIdentity(\"b\") class B extends A {}");
    assertSingleError(compile(ROOT, b, schema("A", "B")),
        Diagnostic.POLYMORPHIC_ON_SUBCLASS.format("B", "A", "A"), b, "class B extends A");
  }

  @Test
  void theDiscriminatorIsAStringColumnOfTheRoot() {
    JavaFileObject a = source("A",
        "@Entity @PolymorphicOn(\"knd\") @PolymorphicIdentity(\"a\") class A {",
        "  @Id Long id;",
        "  String kind;",
        "}");
    assertSingleError(compile(a, schema("A")), Diagnostic.DISCRIMINATOR_NOT_A_COLUMN.format(
        "knd", "A", "which is not a field of A (did you mean kind?)", "A"), a, "class A");
    JavaFileObject number = source("A",
        "@Entity @PolymorphicOn(\"kind\") @PolymorphicIdentity(\"a\") class A {",
        "  @Id Long id;",
        "  int kind;",
        "}");
    assertSingleError(compile(number, schema("A")), Diagnostic.DISCRIMINATOR_NOT_A_COLUMN
        .format("kind", "A", "field kind of type int, not a String column", "A"), number,
        "class A");
  }

  @Test
  void everyConcreteClassNamesItsIdentityOnce() {
    JavaFileObject b = source("B", "@Entity class B extends A {}");
    assertSingleError(compile(ROOT, b, schema("A", "B")),
        Diagnostic.NO_POLYMORPHIC_IDENTITY.format("B", "A"), b, "class B extends A");
    JavaFileObject twice = source("B", "@Entity @PolymorphicIdentity(\"a\") class B extends A {}");
    assertSingleError(compile(ROOT, twice, schema("A", "B")),
        Diagnostic.DUPLICATE_POLYMORPHIC_IDENTITY.format("a", "B", "A"), twice,
        "class B extends A");
  }

  @Test
  void anAbstractClassHasNoIdentity() {
    JavaFileObject b = source("B",
        "@Entity @PolymorphicIdentity(\"b\") abstract class B extends A {}");
    assertSingleError(compile(ROOT, b, schema("A", "B")),
        Diagnostic.ABSTRACT_WITH_IDENTITY.format("B", "B"), b, "abstract class B extends A");
  }

  @Test
  void anIdentityNeedsAHierarchy() {
    JavaFileObject a = source("A",
        "@Entity @PolymorphicIdentity(\"a\") class A {",
        "  @Id Long id;",
        "}");
    assertSingleError(compile(a, schema("A")),
        Diagnostic.IDENTITY_WITHOUT_HIERARCHY.format("A"), a, "class A");
  }

  @Test
  void aJoinedSubclassHasATableNoOtherClassMaps() { // as any entity: E106 otherwise
    JavaFileObject b = source("B",
        "@Entity(table = \"bees\") @PolymorphicIdentity(\"b\") class B extends A {",
        "  int size;",
        "}");
    assertThat(compile(ROOT, b, schema("A", "B"))).succeededWithoutWarnings();
    JavaFileObject c = source("C",
        "@Entity(table = \"bees\") @PolymorphicIdentity(\"c\") class C extends A {}");
    assertSingleError(compile(ROOT, b, c, schema("A", "B", "C")),
        Diagnostic.DUPLICATE_TABLE.format("B", "C", "bees", "S"), c, "class C extends A");
  }

  @Test
  void joinedTablesMapAColumnNameOnce() {
    JavaFileObject b = source("B",
        "@Entity(table = \"bees\") @PolymorphicIdentity(\"b\") class B extends A {",
        "  String note;",
        "}");
    JavaFileObject c = source("C",
        "@Entity(table = \"cees\") @PolymorphicIdentity(\"c\") class C extends A {",
        "  String note;",
        "}");
    assertSingleError(compile(ROOT, b, c, schema("A", "B", "C")),
        Diagnostic.HIERARCHY_COLUMN_CONFLICT.format("note", "C.note", "B.note",
            "tables \"bees\" and \"cees\", which are read as one row"), c, "String note");
  }

  @Test
  void aJoinedSubclasssUniqueNamesColumnsOfItsOwnTable() {
    JavaFileObject b = source("B",
        "@Entity(table = \"bees\") @PolymorphicIdentity(\"b\")",
        "@Unique({\"size\", \"kind\"}) class B extends A {",
        "  Integer size;",
        "}");
    assertSingleError(compile(ROOT, b, schema("A", "B")),
        Diagnostic.CONSTRAINT_ACROSS_TABLES.format("@Unique", "{\"size\", \"kind\"}", "B",
            "kind", "B", "bees", "kind", "B"), b, "@Unique({\"size\", \"kind\"})");
    JavaFileObject own = source("B",
        "@Entity(table = \"bees\") @PolymorphicIdentity(\"b\")",
        "@Unique({\"size\", \"label\"}) class B extends A {",
        "  Integer size;",
        "  String label;",
        "}");
    assertThat(compile(ROOT, own, schema("A", "B"))).succeededWithoutWarnings();
  }

  @Test
  void aJoinedSubclasssForeignKeyConstraintNamesColumnsOfItsOwnTable() {
    JavaFileObject p = source("P",
        "@Entity @Unique({\"x\", \"y\"}) class P {",
        "  @Id Long id;",
        "  Long x;",
        "  Long y;",
        "}");
    JavaFileObject a = source("A",
        "@Entity @PolymorphicOn(\"kind\") @PolymorphicIdentity(\"a\") class A {",
        "  @Id Long id;",
        "  String kind;",
        "  Long px;",
        "}");
    JavaFileObject b = source("B",
        "@Entity(table = \"bees\") @PolymorphicIdentity(\"b\")",
        "@ForeignKeyConstraint(columns = {\"px\", \"py\"}, entity = P.class,"
            + " references = {\"x\", \"y\"})",
        "class B extends A {",
        "  Long py;",
        "}");
    Compilation compilation = compile(p, a, b, schema("P", "A", "B"));
    assertSingleError(compilation, Diagnostic.CONSTRAINT_ACROSS_TABLES.format(
        "@ForeignKeyConstraint", "columns = {\"px\", \"py\"}", "B", "px", "B", "bees", "px",
        "B"), b,
        "@ForeignKeyConstraint(columns");
  }

  @Test
  void passiveDeletesOfAJoinedTableNeedItsForeignKey() {
    JavaFileObject b = source("B",
        "@Entity(table = \"bees\") @PolymorphicIdentity(\"b\")",
        "@PrimaryKeyJoin(constraint = false, passiveDeletes = true) class B extends A {}");
    assertSingleError(compile(ROOT, b, schema("A", "B")),
        Diagnostic.KEY_JOIN_PASSIVE_WITHOUT_KEY.format("B", "bees"), b,
        "@PrimaryKeyJoin(constraint = false, passiveDeletes = true)");
  }

  @Test
  void aKeyJoinBelongsToAJoinedSubclass() {
    JavaFileObject shared = source("B",
        "@Entity @PrimaryKeyJoin(constraint = false) @PolymorphicIdentity(\"b\")",
        "class B extends A {}");
    assertSingleError(compile(ROOT, shared, schema("A", "B")),
        Diagnostic.KEY_JOIN_NOT_JOINED.format("B", "shares table \"a\" of A", "B"), shared,
        "@PrimaryKeyJoin(constraint = false)");
    JavaFileObject plain = source("P",
        "@Entity @PrimaryKeyJoin class P {",
        "  @Id Long id;",
        "}");
    assertSingleError(compile(plain, schema("P")),
        Diagnostic.KEY_JOIN_NOT_JOINED.format("P", "extends no @Entity", "P"), plain,
        "@Entity @PrimaryKeyJoin class P");
  }

  @Test
  void aJoinedTablesKeyColumnIsNoOtherColumn() {
    JavaFileObject b = source("B",
        "@Entity(table = \"bees\") @PrimaryKeyJoin(column = \"a_id\")",
        "@PolymorphicIdentity(\"b\") class B extends A {",
        "  Long aId;",
        "}");
    assertSingleError(compile(ROOT, b, schema("A", "B")),
        Diagnostic.KEY_JOIN_COLUMN_CONFLICT.format("a_id", "bees", "B", "B.aId"), b,
        "Long aId");
    // a class sharing the joined table, listed before the class that names it
    JavaFileObject keyed = source("B",
        "@Entity(table = \"bees\") @PrimaryKeyJoin(column = \"a_id\")",
        "@PolymorphicIdentity(\"b\") class B extends A {}");
    JavaFileObject c = source("C",
        "@Entity @PolymorphicIdentity(\"c\") class C extends B {",
        "  Long aId;",
        "}");
    assertSingleError(compile(ROOT, keyed, c, schema("A", "C", "B")),
        Diagnostic.KEY_JOIN_COLUMN_CONFLICT.format("a_id", "bees", "C", "C.aId"), c,
        "Long aId");
  }

  @Test
  void aSubclassSharesTheRootsId() {
    JavaFileObject id = source("B",
        "@Entity @PolymorphicIdentity(\"b\") class B extends A {",
        "  @Id Long other;",
        "}");
    assertSingleError(compile(ROOT, id, schema("A", "B")),
        Diagnostic.SUBCLASS_ID.format("B.other", "B", "A"), id, "Long other");
  }

  @Test
  void aSubclassColumnIsNullable() {
    JavaFileObject primitive = source("B",
        "@Entity @PolymorphicIdentity(\"b\") class B extends A {",
        "  int size;",
        "}");
    assertSingleError(compile(ROOT, primitive, schema("A", "B")),
        Diagnostic.SUBCLASS_COLUMN_NOT_NULL.format("B.size", "B", "of primitive type int", "a",
            "B"),
        primitive, "int size");
    JavaFileObject notNull = source("B",
        "@Entity @PolymorphicIdentity(\"b\") class B extends A {",
        "  @Column(nullable = false) String label;",
        "}");
    assertSingleError(compile(ROOT, notNull, schema("A", "B")),
        Diagnostic.SUBCLASS_COLUMN_NOT_NULL.format("B.label", "B", "declared nullable = false",
            "a", "B"), notNull, "String label");
  }

  @Test
  void twoClassesOfATableMapAColumnOnce() {
    JavaFileObject b = source("B",
        "@Entity @PolymorphicIdentity(\"b\") class B extends A {",
        "  String note;",
        "}");
    JavaFileObject c = source("C",
        "@Entity @PolymorphicIdentity(\"c\") class C extends A {",
        "  String note;",
        "}");
    assertSingleError(compile(ROOT, b, c, schema("A", "B", "C")),
        Diagnostic.HIERARCHY_COLUMN_CONFLICT.format("note", "C.note", "B.note", "table \"a\""), c,
        "String note");
  }

  @Test
  void aSubclassAndItsRootAreListedInTheSameSchema() {
    JavaFileObject b = source("B", "@Entity @PolymorphicIdentity(\"b\") class B extends A {}");
    assertSingleError(compile(ROOT, b, schema("B")),
        Diagnostic.HIERARCHY_ROOT_NOT_IN_SCHEMA.format("B", "A", "S", "A"), b,
        "class B extends A");
    // found once the schema's code is written: the error fails the build all the same
    Compilation unlisted = compile(ROOT, b, schema("A"));
    assertThat(unlisted).hadErrorCount(1);
    assertThat(unlisted).hadErrorContaining(
        Diagnostic.SUBCLASS_NOT_IN_SCHEMA.format("B", "A", "S", "B")).inFile(b).onLine(2);
  }
}
