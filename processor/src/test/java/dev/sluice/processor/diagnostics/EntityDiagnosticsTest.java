package dev.sluice.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.diagnostics.Compilations.assertSingleError;
import static dev.sluice.processor.diagnostics.Compilations.assertSingleWarning;
import static dev.sluice.processor.diagnostics.Compilations.compile;
import static dev.sluice.processor.diagnostics.Compilations.compileBeside;
import static dev.sluice.processor.diagnostics.Compilations.schema;
import static dev.sluice.processor.diagnostics.Compilations.sluiceErrors;
import static dev.sluice.processor.diagnostics.Compilations.sluiceWarnings;
import static dev.sluice.processor.diagnostics.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.sluice.processor.parse.ValueKind;
import dev.sluice.processor.base.Diagnostic;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics about entity classes, their ids, columns and schemas (E1xx, W119). */
class EntityDiagnosticsTest {
  @Test
  void entityWithoutId() {
    JavaFileObject a = source("A",
        "@Entity",
        "class A {",
        "  String name;",
        "}");
    assertSingleError(compile(a, schema("A")), Diagnostic.NO_ID.format("A"), a, "@Entity");
  }

  @Test
  void twoIdsAreACompositeKey() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "  @Id Long code;",
        "}");
    assertThat(compile(a, schema("A"))).succeededWithoutWarnings();
  }

  @Test
  void idOnAReference() {
    JavaFileObject person = source("Person",
        "@Entity class Person {",
        "  @Id Long id;",
        "}");
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @ForeignKey(entity = Person.class) Long personId;",
        "  @Id @Relationship final RelatedRef<Person> person = A_.person(this);",
        "}");
    assertSingleError(compile(person, a, schema("Person", "A")),
        Diagnostic.ID_ON_HOLDER.format("A.person"), a, "@Id");
  }

  @Test
  void idOnAReferenceBesidesTheRealId() {
    JavaFileObject person = source("Person",
        "@Entity class Person {",
        "  @Id Long id;",
        "}");
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id @ForeignKey(entity = Person.class) Long personId;",
        "  @Id @Relationship final RelatedRef<Person> person = A_.person(this);",
        "}");
    assertSingleError(compile(person, a, schema("Person", "A")),
        Diagnostic.ID_ON_HOLDER.format("A.person"), a, "RelatedRef<Person> person");
  }

  @Test
  void unsupportedColumnType() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "  java.util.List<String> tags;",
        "}");
    assertSingleError(compile(a, schema("A")), Diagnostic.UNSUPPORTED_TYPE.format("A.tags",
        "java.util.List<java.lang.String>"), a, "tags;");
  }

  @Test
  void unsupportedTypeMessageListsEveryStorableType() {
    String message = Diagnostic.UNSUPPORTED_TYPE.format("A.x", "char");
    assertThat(message).contains(ValueKind.supportedTypes());
    for (String type : List.of("boolean", "int", "long", "double", "BigDecimal", "String",
        "byte[]", "UUID", "LocalDate", "LocalDateTime", "Instant", "OffsetDateTime",
        "an enum (stored by name)")) {
      assertThat(message).contains(type);
    }
  }

  @Test
  void generatedValueOnAString() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id @GeneratedValue String id;",
        "}");
    assertSingleError(compile(a, schema("A")),
        Diagnostic.GENERATED_NOT_INTEGER.format("A.id", "java.lang.String"), a, "String id");
  }

  @Test
  void generatedValueOffTheId() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "  @GeneratedValue Long counter;",
        "}");
    assertSingleError(compile(a, schema("A")), Diagnostic.GENERATED_NOT_ID.format("A.counter"),
        a, "counter");
  }

  @Test
  void anAssociationTableMapsAnEntitysTable() {
    JavaFileObject a = source("A",
        "@Entity(table = \"things\") class A {",
        "  @Id Long id;",
        "  @Relationship(secondary = Link.class)",
        "  final RelatedList<B> bs = A_.bs(this);",
        "}");
    JavaFileObject b = source("B",
        "@Entity class B {",
        "  @Id Long id;",
        "}");
    JavaFileObject link = source("Link",
        "@AssociationTable(name = \"things\") class Link {",
        "  @ForeignKey(entity = A.class) Long aId;",
        "  @ForeignKey(entity = B.class) Long bId;",
        "}");
    assertSingleError(compile(a, b, link, schema("A", "B")),
        Diagnostic.DUPLICATE_TABLE.format("A", "Link", "things", "S"), link, "class Link");
  }

  @Test
  void twoEntitiesMapOneTable() {
    JavaFileObject a = source("A",
        "@Entity(table = \"things\") class A {",
        "  @Id Long id;",
        "}");
    JavaFileObject b = source("B",
        "@Entity(table = \"things\") class B {",
        "  @Id Long id;",
        "}");
    assertSingleError(compile(a, b, schema("A", "B")),
        Diagnostic.DUPLICATE_TABLE.format("A", "B", "things", "S"), b, "class B");
  }

  @Test
  void twoFieldsMapOneColumn() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "  @Column(name = \"title\") String name;",
        "  String title;",
        "}");
    assertSingleError(compile(a, schema("A")),
        Diagnostic.DUPLICATE_COLUMN.format("name", "title", "A", "title"), a, "String title");
  }

  @Test
  void uniqueNamesAFieldThatDoesNotExist() {
    JavaFileObject a = source("A",
        "@Entity",
        "@Unique({\"title\", \"edition\"})",
        "@Unique({\"title\",",
        "    \"autor\"})", // one of two constraints, in javac's container
        "class A {",
        "  @Id Long id;",
        "  String title;",
        "  int edition;",
        "  String author;",
        "}");
    // javac marks the class for a mistake inside its container of several @Unique
    assertSingleError(compile(a, schema("A")), Diagnostic.UNIQUE_NOT_A_COLUMN.format(
        "{\"title\", \"autor\"}", "A", "autor",
        "which is not a field of A (did you mean author?)", "A"), a, "class A {");
  }

  @Test
  void uniqueNamesARelationshipHolder() {
    JavaFileObject a = source("A",
        "@Entity",
        "@Unique({\"name\", \"parent\"})",
        "class A {",
        "  @Id Long id;",
        "  String name;",
        "  @ForeignKey(entity = A.class) Long parentId;",
        "  @Relationship(remoteSide = \"id\") RelatedRef<A> parent = A_.parent(this);",
        "}");
    assertSingleError(compile(a, schema("A")), Diagnostic.UNIQUE_NOT_A_COLUMN.format(
        "{\"name\", \"parent\"}", "A", "parent", "a relationship holder, not a column", "A"),
        a, "@Unique");
  }

  @Test
  void uniqueNamesAFieldTwice() {
    JavaFileObject a = source("A",
        "@Entity",
        "@Unique({\"name\",",
        "    \"name\"})",
        "class A {",
        "  @Id Long id;",
        "  String name;",
        "}");
    assertSingleError(compile(a, schema("A")),
        Diagnostic.UNIQUE_FIELD_REPEATED.format("{\"name\", \"name\"}", "A", "name"), a,
        "    \"name\"})");
  }

  @Test
  void uniqueNamesNoField() {
    JavaFileObject a = source("A",
        "@Entity",
        "@Unique({})",
        "class A {",
        "  @Id Long id;",
        "}");
    assertSingleError(compile(a, schema("A")), Diagnostic.UNIQUE_WITHOUT_FIELDS.format("A"), a,
        "@Unique({})");
  }

  @Test
  void inheritedFieldOfASuperclassInAnotherPackageMustBePublic() {
    JavaFileObject base = JavaFileObjects.forSourceLines("base.Stamped",
        "package base;",
        "import dev.sluice.annotations.*;",
        "@MappedSuperclass public abstract class Stamped {",
        "  public String createdBy;",
        "  protected String updatedBy;",
        "}");
    JavaFileObject a = source("A",
        "@Entity class A extends base.Stamped {",
        "  @Id Long id;",
        "}");
    assertSingleError(compile(base, a, schema("A")),
        Diagnostic.INHERITED_FIELD_UNREACHABLE.format("Stamped.updatedBy", "Stamped",
            "getUpdatedBy() and setUpdatedBy(…)", "Stamped"), base, "protected String updatedBy");
  }

  @Test
  void aMistakeInASuperclassSharedByTwoEntitiesIsOneError() {
    JavaFileObject base = source("Base",
        "@MappedSuperclass abstract class Base {",
        "  @Id Long id;",
        "  RelatedList<A> items;",
        "}");
    JavaFileObject a = source("A", "@Entity class A extends Base {}");
    JavaFileObject b = source("B", "@Entity class B extends Base {}");
    assertSingleError(compile(base, a, b, schema("A", "B")),
        Diagnostic.HOLDER_IN_MAPPED_SUPERCLASS.format("Base.items", "Base"), base,
        "RelatedList<A> items");
  }

  @Test
  void entityExtendingAnEntityIsNotMappedSilently() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "  String name;",
        "}");
    JavaFileObject b = source("B",
        "@Entity class B extends A {",
        "  String extra;",
        "}");
    assertSingleError(compile(a, b, schema("A", "B")),
        Diagnostic.ENTITY_EXTENDS_ENTITY.format("B", "A", "A", "A", "A"), b, "class B extends A");
  }

  @Test
  void defaultColumnNamesCanCollide() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "  String personId;",
        "  @Column(name = \"person_id\") String owner;",
        "}");
    assertSingleError(compile(a, schema("A")),
        Diagnostic.DUPLICATE_COLUMN.format("personId", "owner", "A", "person_id"), a,
        "\"person_id\"");
  }

  @Test
  void entityOnAnInterface() {
    JavaFileObject a = source("A",
        "@Entity",
        "interface A {}");
    assertSingleError(compile(a, schema("A")),
        Diagnostic.ENTITY_NOT_A_CLASS.format("A", "an interface"), a, "@Entity");
  }

  @Test
  void entityOnARecord() {
    JavaFileObject a = source("A",
        "@Entity",
        "record A(@Id Long id) {}");
    assertSingleError(compile(a, schema("A")),
        Diagnostic.ENTITY_NOT_A_CLASS.format("A", "a record"), a, "@Entity");
  }

  @Test
  void abstractEntity() {
    JavaFileObject a = source("A",
        "@Entity",
        "abstract class A {",
        "  @Id Long id;",
        "}");
    assertSingleError(compile(a, schema("A")), Diagnostic.ENTITY_ABSTRACT.format("A"), a,
        "@Entity");
  }

  @Test
  void innerClassEntity() {
    JavaFileObject outer = source("Outer",
        "class Outer {",
        "  @Schema(entities = Inner.class) interface S {}",
        "  @Entity",
        "  class Inner {",
        "    @Id Long id;",
        "  }",
        "}");
    assertSingleError(compile(outer), Diagnostic.ENTITY_UNREACHABLE.format("Inner",
        "an inner (non-static) class"), outer, "@Entity");
  }

  @Test
  void privateNestedEntity() {
    JavaFileObject outer = source("Outer",
        "class Outer {",
        "  @Schema(entities = Hidden.class) interface S {}",
        "  @Entity",
        "  private static class Hidden {",
        "    @Id Long id;",
        "  }",
        "}");
    assertSingleError(compile(outer), Diagnostic.ENTITY_UNREACHABLE.format("Hidden", "private"),
        outer, "@Entity");
  }

  @Test
  void entityWithoutNoArgConstructor() {
    JavaFileObject a = source("A",
        "@Entity",
        "class A {",
        "  @Id Long id;",
        "  A(Long id) { this.id = id; }",
        "}");
    assertSingleError(compile(a, schema("A")), Diagnostic.NO_NO_ARG_CONSTRUCTOR.format("A"), a,
        "@Entity");
  }

  @Test
  void privateNoArgConstructorDoesNotCount() {
    JavaFileObject a = source("A",
        "@Entity",
        "class A {",
        "  @Id Long id;",
        "  private A() {}",
        "}");
    assertSingleError(compile(a, schema("A")), Diagnostic.NO_NO_ARG_CONSTRUCTOR.format("A"), a,
        "@Entity");
  }

  @Test
  void privateColumnWithoutAccessors() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "  private String name;",
        "  public String getName() { return name; }",
        "}");
    assertSingleError(compile(a, schema("A")), Diagnostic.FIELD_UNREACHABLE.format("A.name",
        "getter getName() and setter setName(…)", "getName() and setName(…)"), a,
        "private String name");
  }

  @Test
  void privateHolderWithoutGetter() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "  @Relationship private final RelatedList<B> bs = A_.bs(this);",
        "}");
    JavaFileObject b = source("B",
        "@Entity class B {",
        "  @Id Long id;",
        "  @ForeignKey(entity = A.class) Long aId;",
        "}");
    assertSingleError(compile(a, b, schema("A", "B")), Diagnostic.FIELD_UNREACHABLE.format(
        "A.bs", "getter getBs()", "getBs()"), a, "RelatedList<B> bs");
  }

  @Test
  void finalColumn() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "  final String name = \"fixed\";",
        "}");
    assertSingleError(compile(a, schema("A")), Diagnostic.FINAL_COLUMN.format("A.name"), a,
        "final String name");
  }

  @Test
  void schemaListsAPrimitiveClassLiteral() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "}");
    JavaFileObject s = source("S",
        "@Schema(entities = {A.class,",
        "    int.class})",
        "interface S {}");
    assertSingleError(compile(a, s), Diagnostic.NOT_AN_ENTITY.format("int", "S"), s,
        "int.class");
  }

  @Test
  void schemaListsAPlainClass() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "}");
    JavaFileObject plain = source("Plain",
        "class Plain {}");
    JavaFileObject s = source("S",
        "@Schema(entities = {A.class,",
        "    Plain.class})",
        "interface S {}");
    assertSingleError(compile(a, plain, s), Diagnostic.NOT_AN_ENTITY.format("Plain", "S"), s,
        "Plain.class");
  }

  @Test
  void entityListedInTwoSchemas() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "}");
    JavaFileObject schemas = source("First",
        "@Schema(entities = A.class) interface First {}",
        "@Schema(entities = A.class) interface Second {}");
    Compilation compilation = compile(a, schemas);
    assertThat(compilation).failed();
    String message = Diagnostic.ENTITY_IN_TWO_SCHEMAS.format("A", "First", "Second");
    assertThat(sluiceErrors(compilation)).containsExactly(message);
    assertThat(compilation).hadErrorContaining(message).inFile(schemas)
        .onLineContaining("interface Second");
  }

  @Test
  void entityListedInTwoSchemasOfTheSameNameNamesTheirPackages() {
    JavaFileObject a = source("A",
        "@Entity public class A {",
        "  @Id Long id;",
        "}");
    JavaFileObject first = JavaFileObjects.forSourceLines("one.Journal",
        "package one;",
        "@dev.sluice.annotations.Schema(entities = model.A.class) interface Journal {}");
    JavaFileObject second = JavaFileObjects.forSourceLines("two.Journal",
        "package two;",
        "@dev.sluice.annotations.Schema(entities = model.A.class) interface Journal {}");
    Compilation compilation = compile(a, first, second);
    assertThat(compilation).failed();
    assertThat(sluiceErrors(compilation)).containsExactly(
        Diagnostic.ENTITY_IN_TWO_SCHEMAS.format("A", "one.Journal", "two.Journal"));
  }

  @Test
  void schemasOfTheSameNameInTwoPackagesEachGetTheirReport() {
    JavaFileObject a = source("A",
        "@Entity public class A {",
        "  @Id Long id;",
        "}");
    JavaFileObject b = source("B",
        "@Entity public class B {",
        "  @Id Long id;",
        "}");
    JavaFileObject first = JavaFileObjects.forSourceLines("one.Journal",
        "package one;",
        "@dev.sluice.annotations.Schema(entities = model.A.class) interface Journal {}");
    JavaFileObject second = JavaFileObjects.forSourceLines("two.Journal",
        "package two;",
        "@dev.sluice.annotations.Schema(entities = model.B.class) interface Journal {}");
    Compilation compilation = compile(a, b, first, second);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
        "META-INF/sluice/one.Journal.md");
    assertThat(compilation).generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
        "META-INF/sluice/two.Journal.md");
  }

  @Test
  void nullablePrimitive() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "  @Column(nullable = true) int count;",
        "}");
    assertSingleError(compile(a, schema("A")), Diagnostic.PRIMITIVE_NULLABLE.format("A.count"),
        a, "int count");
  }

  @Test
  void emptySchema() {
    JavaFileObject s = source("S",
        "@Schema(entities = {})",
        "interface S {}");
    assertSingleError(compile(s), Diagnostic.EMPTY_SCHEMA.format("S"), s, "@Schema");
  }

  @Test
  void unlistedEntity() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "}");
    JavaFileObject b = source("B",
        "@Entity",
        "class B {",
        "  @Id Long id;",
        "}");
    assertSingleWarning(compile(a, b, schema("A")), Diagnostic.UNLISTED_ENTITY.format("B"), b,
        "@Entity");
  }

  @Test
  void unlistedEntityWarningCanBeSuppressed() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "}");
    JavaFileObject b = source("B",
        "@Entity @SuppressWarnings(\"sluice:unlisted-entity\")",
        "class B {",
        "  @Id Long id;",
        "}");
    Compilation compilation = compile(a, b, schema("A"));
    assertThat(compilation).succeeded();
    assertThat(sluiceWarnings(compilation)).isEmpty();
  }

  @Test
  void classesJavacCannotResolveAreLeftToJavac() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "  @ForeignKey(entity = Missing.class) Long missingId;",
        "  Unknown unknown;",
        "  @Relationship final RelatedList<Absent> absents = A_.absents(this);",
        "}");
    Compilation compilation = compile(a, schema("A"));
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(sluiceErrors(compilation)).isEmpty();
    assertThat(sluiceWarnings(compilation)).isEmpty();
    Compilations.assertNothingGenerated(compilation);
  }

  @Test
  void schemaWithAnErrorGeneratesNothingForItsValidEntities() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "}");
    JavaFileObject b = source("B",
        "@Entity class B {",
        "  Long id;",
        "}");
    assertThat(Compilations.generated(compile(a, schema("A")))).containsAtLeast("model.A_",
        "model.ADao", "model.S_Metadata");
    Compilation compilation = compile(a, b, schema("A", "B"));
    assertThat(sluiceErrors(compilation)).containsExactly(Diagnostic.NO_ID.format("B"));
    assertThat(Compilations.generated(compilation)).containsNoneOf("model.A_", "model.ADao",
        "model.S_Metadata");
    Compilations.assertNothingGenerated(compilation);
  }

  @Test
  void whatIsGeneratedIsRecordedEvenWhenTheCompilationFails() {
    // control for assertNothingGenerated: another processor's error fails the compilation,
    // yet the files Sluice created for the valid schema are still seen
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id Long id;",
        "}");
    Compilation compilation = compileBeside(new FailingProcessor(), a, schema("A"));
    assertThat(compilation).hadErrorContaining("failing on purpose");
    assertThat(Compilations.generated(compilation)).containsAtLeast("model.A_", "model.ADao",
        "model.S_Metadata", "META-INF/sluice/model.S.md");
  }

  /** Reports an error in the first round, as a broken processor beside Sluice would. */
  private static final class FailingProcessor extends AbstractProcessor {
    private boolean failed;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!failed) {
        failed = true;
        processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
            "failing on purpose");
      }
      return false;
    }
  }

  @Test
  void everyMistakeOfAnEntityIsReported() {
    JavaFileObject a = source("A",
        "@Entity class A {",
        "  @Id @GeneratedValue String id;",
        "  final String name = \"fixed\";",
        "}");
    Compilation compilation = compile(a, schema("A"));
    assertThat(sluiceErrors(compilation)).containsExactly(
        Diagnostic.GENERATED_NOT_INTEGER.format("A.id", "java.lang.String"),
        Diagnostic.FINAL_COLUMN.format("A.name"));
    Compilations.assertNothingGenerated(compilation);
  }
}
