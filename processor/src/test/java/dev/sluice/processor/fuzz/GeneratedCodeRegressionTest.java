package dev.sluice.processor.fuzz;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.sluice.processor.SluiceProcessor;
import dev.sluice.runtime.Dialect;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Small models the model fuzzer (or a user) found whose generated code did not compile, or
 * that the database rejected: each must now compile without a warning, and run.
 */
class GeneratedCodeRegressionTest {
  private static final String IMPORTS = "import dev.sluice.annotations.*;"
      + " import dev.sluice.runtime.*;";

  private static JavaFileObject source(String qualified, String... lines) {
    String pkg = qualified.substring(0, qualified.lastIndexOf('.'));
    List<String> all = new ArrayList<>(List.of("package " + pkg + "; " + IMPORTS));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines(qualified, all);
  }

  private static Compilation compileCleanly(JavaFileObject... sources) {
    Compilation compilation = javac().withOptions("-Xlint:all,-processing")
        .withProcessors(new SluiceProcessor()).compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  @Test
  void sameSimpleNameInTwoPackages() {
    compileCleanly(
        source("a.Comment", "@Entity(table = \"a_comment\") public class Comment {",
            "  @Id Long id; }"),
        source("b.Comment", "@Entity(table = \"b_comment\") public class Comment {",
            "  @Id Long id; }"),
        source("a.S", "@Schema(entities = {a.Comment.class, b.Comment.class})",
            "public interface S {}"));
  }

  @Test
  void uniqueColumnNamedIdBesideAnIdNamedOtherwise() {
    compileCleanly(
        source("m.A", "@Entity class A {", "  @Id Long uid;",
            "  @Column(unique = true) Long id;", "}"),
        source("m.S", "@Schema(entities = A.class) interface S {}"));
  }

  @Test
  void uniqueColumnsDifferingInFirstLetterCase() {
    compileCleanly(
        source("m.A", "@Entity class A {", "  @Id Long id;",
            "  @Column(unique = true, name = \"x\") String aB;",
            "  @Column(unique = true, name = \"y\") String AB;", "}"),
        source("m.S", "@Schema(entities = A.class) interface S {}"));
  }

  @Test
  void uniqueColumnNamedSessionAndUniquePrimitive() {
    compileCleanly(
        source("m.A", "@Entity class A {", "  @Id Long id;",
            "  @Column(unique = true) String session;",
            "  @Column(unique = true) int rank;", "}"),
        source("m.S", "@Schema(entities = A.class) interface S {}"));
  }

  @Test
  void relationshipFieldsDifferingInFirstLetterCase() {
    compileCleanly(
        source("m.Image", "@Entity class Image {", "  @Id Long id;",
            "  @ForeignKey(entity = Post.class) Long postId;",
            "  @ForeignKey(entity = Post.class) Long coverOfId;", "}"),
        source("m.Post", "@Entity class Post {", "  @Id Long id;",
            "  @Relationship(foreignKeys = \"postId\")",
            "  final RelatedList<Image> images = Post_.images(this);",
            "  @Relationship(foreignKeys = \"coverOfId\")",
            "  final RelatedList<Image> Images = Post_.Images(this);", "}"),
        source("m.S", "@Schema(entities = {Post.class, Image.class}) interface S {}"));
  }

  @Test
  void classesNamedLikeJavaLangBesideTheEntity() {
    compileCleanly(
        source("m.Override", "class Override {}"),
        source("m.Object", "class Object {}"),
        source("m.A", "@Entity class A {", "  @Id Long id;", "  String name;", "}"),
        source("m.S", "@Schema(entities = A.class) interface S {}"));
  }

  @Test
  void anEntityNamedObject() {
    compileCleanly(
        source("m.Object", "@Entity public class Object {", "  @Id Integer id;",
            "  String name;", "}"),
        source("m.Link", "@AssociationTable class Link {",
            "  @ForeignKey(entity = m.Object.class) Integer objectId;",
            "  @ForeignKey(entity = B.class) Integer bId;", "}"),
        source("m.B", "@Entity class B {", "  @Id Integer id;",
            "  @Relationship(secondary = Link.class)",
            "  final RelatedList<m.Object> objects = B_.objects(this);", "}"),
        source("m.S", "@Schema(entities = {m.Object.class, B.class}) interface S {}"));
  }

  /**
   * Entities named like the classes a metamodel nests ({@code Metamodel},
   * {@code FlushPlanHolder}) or imports ({@code Column}, {@code Relation}, the latter in another
   * package): generated code writes whichever loses the simple name qualified.
   */
  @Test
  void entitiesNamedLikeNestedAndImportedClasses() {
    compileCleanly(
        source("m.Metamodel", "@Entity public class Metamodel {", "  @Id Long id;",
            "  @Relationship(backPopulates = \"owner\")",
            "  final RelatedList<Column> columns = Metamodel_.columns(this);",
            "  @Relationship(backPopulates = \"metamodel\")",
            "  final RelatedList<n.Relation> relations = Metamodel_.relations(this);", "}"),
        source("m.Column", "@Entity public class Column {", "  @Id Long id;",
            "  @ForeignKey(entity = Metamodel.class) Long ownerId;",
            "  @Relationship(backPopulates = \"columns\")",
            "  final RelatedRef<Metamodel> owner = Column_.owner(this);", "}"),
        source("m.FlushPlanHolder", "@Entity public class FlushPlanHolder {", "  @Id Long id;",
            "  @ForeignKey(entity = Metamodel.class) Long metamodelId;", "}"),
        source("n.Relation", "@Entity(table = \"relations\") public class Relation {",
            "  @Id public Long id;",
            "  @ForeignKey(entity = m.Metamodel.class) public Long metamodelId;",
            "  @Relationship(backPopulates = \"relations\")",
            "  public final RelatedRef<m.Metamodel> metamodel = Relation_.metamodel(this);", "}"),
        source("m.S", "@Schema(entities = {Metamodel.class, Column.class,"
            + " FlushPlanHolder.class, n.Relation.class}) interface S {}"));
  }

  /** {@code ab.c_d} and {@code ab_c.d} both gave index {@code ix_ab_c_d}. */
  @Test
  void indexNamesThatWouldCollide() {
    Model model = new Model("m", "S", List.of(
        new Model.Type("m", "P", Model.Role.ENTITY, "@Entity", List.of(
            new Model.Field(List.of("@Id"), "Long", "id", null)), List.of()),
        new Model.Type("m", "A", Model.Role.ENTITY, "@Entity(table = \"ab\")", List.of(
            new Model.Field(List.of("@Id"), "Long", "id", null),
            new Model.Field(List.of("@Column(name = \"c_d\", index = true)"), "Long", "cd",
                null)), List.of()),
        new Model.Type("m", "B", Model.Role.ENTITY, "@Entity(table = \"ab_c\")", List.of(
            new Model.Field(List.of("@Id"), "Long", "id", null),
            new Model.Field(List.of("@Column(name = \"d\", index = true)"), "Long", "d",
                null)), List.of())));
    assertRuns(model);
  }

  /** Two foreign keys whose generated fk_ names agree in their first 63 bytes. */
  @Test
  void longGeneratedConstraintNames() {
    String table = "t".repeat(50);
    Model model = new Model("m", "S", List.of(
        new Model.Type("m", "P", Model.Role.ENTITY, "@Entity", List.of(
            new Model.Field(List.of("@Id"), "Long", "id", null)), List.of()),
        new Model.Type("m", "A", Model.Role.ENTITY, "@Entity(table = \"" + table + "\")",
            List.of(new Model.Field(List.of("@Id"), "Long", "id", null),
                new Model.Field(List.of("@ForeignKey(entity = P.class)",
                    "@Column(name = \"parent_key_one\")"), "Long", "one", null),
                new Model.Field(List.of("@ForeignKey(entity = P.class)",
                    "@Column(name = \"parent_key_two\")"), "Long", "two", null)), List.of())));
    assertRuns(model);
  }

  private static void assertRuns(Model model) {
    Outcome outcome = FuzzCompiler.compile(model, java.util.Set.of());
    assertWithMessage(outcome.detail()).that(outcome.kind()).isEqualTo(Outcome.Kind.ACCEPTED);
    String failed = DatabaseCheck.run(model, outcome.compilation(), DatabaseCheck.sqlite(),
        Dialect.SQLITE);
    assertWithMessage("SQLite").that(failed).isNull();
    if (Boolean.parseBoolean(System.getProperty("fuzz.postgres", "true"))) {
      failed = DatabaseCheck.run(model, outcome.compilation(), ModelFuzzTest.postgresSchema(),
          Dialect.POSTGRESQL);
      assertWithMessage("PostgreSQL").that(failed).isNull();
    }
  }
}
