package dev.sluice.conformance.relationships;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.sluice.conformance.Rejections.assertRejected;
import static dev.sluice.conformance.Rejections.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.conformance.relationships.RelationshipsModel.AmbA;
import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.processor.SluiceProcessor;
import dev.sluice.processor.base.Diagnostic;
import dev.sluice.runtime.Session;
import dev.sluice.runtime.SessionFactory;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** test_relationships.py AmbiguousFKResolutionTest: two foreign keys that could join. */
class AmbiguousFkResolutionTest {
  private static final JavaFileObject A = source("A", "@Entity class A {",
      "  @Id Long id;",
      "  @Relationship final RelatedList<B> bs = A_.bs(this);", "}");
  private static final JavaFileObject B = source("B", "@Entity class B {",
      "  @Id Long id;",
      "  @ForeignKey(entity = A.class) Long aid1;",
      "  @ForeignKey(entity = A.class) Long aid2;", "}");
  private static final JavaFileObject SCHEMA =
      source("S", "@Schema(entities = {A.class, B.class}) interface S {}");

  private static JavaFileObject manyToMany(String options) {
    return source("A", "@Entity class A {", "  @Id Long id;",
        "  @Relationship(secondary = AToB.class" + options + ")",
        "  final RelatedList<B> bs = A_.bs(this);", "}");
  }

  private static final JavaFileObject PLAIN_B = source("B", "@Entity class B {",
      "  @Id Long id;", "}");

  private static final JavaFileObject AMBIGUOUS_LINKS = source("AToB",
      "@AssociationTable(name = \"atob_ambiguous\") class AToB {",
      "  @ForeignKey(entity = A.class) Long aid1;",
      "  @ForeignKey(entity = B.class) Long bid1;",
      "  @ForeignKey(entity = A.class) Long aid2;",
      "  @ForeignKey(entity = B.class) Long bid2;", "}");

  private static SessionFactory withRows(TestDatabase db) {
    SessionFactory factory = db.create(RelationshipsSchema_Metadata.INSTANCE);
    db.jdbi().useHandle(h -> {
      h.execute("INSERT INTO \"amb_a\" (\"id\") VALUES (1), (2)");
      h.execute("INSERT INTO \"amb_b\" (\"id\", \"aid1\", \"aid2\") VALUES (10, 1, 2), (20, 2, 1)");
    });
    return factory;
  }

  private static List<Long> ids(List<RelationshipsModel.AmbB> bs) {
    return bs.stream().map(b -> b.id).toList();
  }

  // test_relationships.py AmbiguousFKResolutionTest.test_ambiguous_fks_o2m
  // differs: rejected by javac, naming the candidates, rather than when the mappers are
  // configured
  @Test
  void twoKeysToTheOwnerAreAmbiguous() {
    assertRejected(Diagnostic.AMBIGUOUS_JOIN.format("A.bs", List.of("B.aid1", "B.aid2")), A,
        "@Relationship", A, B, SCHEMA);
  }

  // test_relationships.py AmbiguousFKResolutionTest.test_with_fks_o2m
  @DatabaseTest
  void foreignKeysPicksTheJoin(TestDatabase db) {
    try (Session session = withRows(db).openSession()) {
      assertEquals(List.of(10L), ids(session.get(AmbA.class, 1L).bsByKey));
      assertEquals(List.of(20L), ids(session.get(AmbA.class, 2L).bsByKey));
    }
  }

  // test_relationships.py AmbiguousFKResolutionTest.test_with_pj_o2m
  @DatabaseTest
  void primaryJoinPicksTheJoin(TestDatabase db) {
    try (Session session = withRows(db).openSession()) {
      assertEquals(List.of(10L), ids(session.get(AmbA.class, 1L).bsByJoin));
      assertEquals(List.of(20L), ids(session.get(AmbA.class, 2L).bsByJoin));
    }
  }

  // test_relationships.py AmbiguousFKResolutionTest.test_no_fks_m2m
  // differs: rejected by javac rather than when the mappers are configured
  @Test
  void anAssociationTableWithoutKeysHasNoJoin() {
    JavaFileObject a = manyToMany("");
    JavaFileObject links = source("AToB", "@AssociationTable(name = \"atob\") class AToB {",
        "  Long aid;", "  Long bid;", "}");
    assertRejected(Diagnostic.ASSOCIATION_KEYS.format("AToB", 0, "B", 0, "A"), a,
        "@Relationship", a, PLAIN_B, links, SCHEMA);
  }

  // test_relationships.py AmbiguousFKResolutionTest.test_ambiguous_fks_m2m
  // differs: rejected by javac rather than when the mappers are configured
  @Test
  void anAssociationTableWithTwoKeysToEachSideIsAmbiguous() {
    JavaFileObject a = manyToMany("");
    assertRejected(Diagnostic.ASSOCIATION_KEYS.format("AToB", 2, "A", 2, "B"), a,
        "@Relationship", a, PLAIN_B, AMBIGUOUS_LINKS, SCHEMA);
  }

  // test_relationships.py AmbiguousFKResolutionTest.test_with_fks_m2m
  @Test
  void joinsThroughTheAssociationTablePickItsKeys() {
    JavaFileObject a = manyToMany(", primaryJoin = \"A.id = AToB.aid1\","
        + " secondaryJoin = \"AToB.bid1 = B.id\"");
    assertThat(javac().withProcessors(new SluiceProcessor())
        .compile(a, PLAIN_B, AMBIGUOUS_LINKS, SCHEMA)).succeededWithoutWarnings();
  }
}
