package dev.sluice.conformance.relationships;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.sluice.conformance.Rejections.assertRejected;
import static dev.sluice.conformance.Rejections.source;

import dev.sluice.processor.SluiceProcessor;
import dev.sluice.processor.base.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * test_relationships.py InvalidRelationshipEscalationTest and …TestM2M: joins that cannot
 * work are compile errors, each with the fix.
 */
class InvalidRelationshipEscalationTest {
  private static final JavaFileObject SCHEMA =
      source("S", "@Schema(entities = {Foo.class, Bar.class}) interface S {}");
  private static final JavaFileObject BAR = source("Bar", "@Entity class Bar {",
      "  @Id Long id;", "  Long fid;", "}");

  private static JavaFileObject foo(String relationship, String holder) {
    return source("Foo", "@Entity class Foo {", "  @Id Long id;", "  Long fid;",
        "  " + relationship, "  " + holder, "}");
  }

  private static final String BARS = "final RelatedList<Bar> bars = Foo_.bars(this);";

  private static void assertCompiles(JavaFileObject... sources) {
    assertThat(javac().withProcessors(new SluiceProcessor()).compile(sources))
        .succeededWithoutWarnings();
  }

  // test_relationships.py InvalidRelationshipEscalationTest.test_no_join
  // differs: rejected by javac rather than when the mappers are configured
  @Test
  void noForeignKeyMeansNoJoin() {
    JavaFileObject foo = foo("@Relationship", BARS);
    assertRejected(Diagnostic.NO_JOIN_PATH.format("Foo.bars", "Bar",
        "Foo, and none of Foo references Bar", "Foo"), foo,
        "@Relationship", foo, BAR, SCHEMA);
  }

  // test_relationships.py InvalidRelationshipEscalationTest.test_no_join_self_ref
  // differs: rejected by javac rather than when the mappers are configured
  @Test
  void noForeignKeyMeansNoSelfReferentialJoin() {
    JavaFileObject foo = foo("@Relationship", "final RelatedList<Foo> foos = Foo_.foos(this);");
    assertRejected(Diagnostic.NO_JOIN_PATH.format("Foo.foos", "Foo", "Foo", "Foo"), foo,
        "@Relationship", foo, BAR, SCHEMA);
  }

  // test_relationships.py InvalidRelationshipEscalationTest.test_no_equated
  // differs: rejected by javac rather than when the mappers are configured
  @Test
  void aComparisonOtherThanEqualityIsNoJoin() {
    JavaFileObject foo = foo("@Relationship(primaryJoin = \"Foo.id > Bar.fid\")", BARS);
    assertRejected(Diagnostic.MALFORMED_JOIN.format("primaryJoin", "Foo.bars",
        "\"Foo.id > Bar.fid\" is not one equality of the form A.field = B.field"), foo,
        "@Relationship", foo, BAR, SCHEMA);
  }

  // test_relationships.py InvalidRelationshipEscalationTest.test_no_equated_fks
  // differs: rejected by javac rather than when the mappers are configured
  @Test
  void aComparisonOtherThanEqualityIsNoJoinEvenWithForeignKeys() {
    JavaFileObject foo = foo("@Relationship(primaryJoin = \"Foo.id > Bar.fid\","
        + " foreignKeys = \"Bar.fid\")", BARS);
    assertRejected(Diagnostic.MALFORMED_JOIN.format("primaryJoin", "Foo.bars",
        "\"Foo.id > Bar.fid\" is not one equality of the form A.field = B.field"), foo,
        "@Relationship", foo, BAR, SCHEMA);
  }

  // test_relationships.py InvalidRelationshipEscalationTest.test_ambiguous_fks
  // differs: rejected by javac rather than when the mappers are configured
  @Test
  void foreignKeysOnBothSidesLeaveNoDirection() {
    JavaFileObject foo = foo("@Relationship(primaryJoin = \"Foo.id = Bar.fid\","
        + " foreignKeys = {\"Foo.id\", \"Bar.fid\"})", BARS);
    assertRejected(Diagnostic.WRONG_HOLDER.format("Foo.bars",
        "many-to-one (Foo.id references Bar)", "RelatedList", "RelatedRef"), foo,
        "RelatedList<Bar> bars", foo, BAR, SCHEMA);
  }

  // test_relationships.py InvalidRelationshipEscalationTest.test_equated
  // differs: an equality of the key and a plain column names its (logical) foreign key, so the
  // model compiles where SQLAlchemy asks for foreign_keys (Relationships: logical foreign keys)
  @Test
  void anEqualityOverAKeyAndAColumnIsALogicalForeignKey() {
    assertCompiles(foo("@Relationship(primaryJoin = \"Foo.id = Bar.fid\")", BARS), BAR, SCHEMA);
  }

  // test_relationships.py InvalidRelationshipEscalationTest.test_equated_self_ref
  // differs: as test_equated, the plain column is the logical foreign key and the model compiles
  @Test
  void aSelfReferentialEqualityOverAKeyAndAColumnIsALogicalForeignKey() {
    assertCompiles(foo("@Relationship(primaryJoin = \"Foo.id = Foo.fid\")",
        "final RelatedList<Foo> foos = Foo_.foos(this);"), BAR, SCHEMA);
  }

  // test_relationships.py InvalidRelationshipEscalationTest.test_equated_self_ref_wrong_fks
  // differs: rejected by javac rather than when the mappers are configured
  @Test
  void foreignKeysOutsideTheJoinAreAnError() {
    JavaFileObject foo = foo("@Relationship(primaryJoin = \"Foo.id = Foo.fid\","
        + " foreignKeys = \"Bar.id\")", "final RelatedList<Foo> foos = Foo_.foos(this);");
    assertRejected(Diagnostic.JOIN_UNKNOWN_FIELD.format("foreignKeys", "Foo.foos", "Bar.id",
        "which is not a field of its primaryJoin \"Foo.id = Foo.fid\""), foo, "@Relationship",
        foo, BAR, SCHEMA);
  }

  // test_relationships.py InvalidRelationshipEscalationTestM2M.test_no_join
  // differs: rejected by javac rather than when the mappers are configured
  @Test
  void anAssociationTableWithoutKeysIsNoJoin() {
    JavaFileObject foo = foo("@Relationship(secondary = Foobars.class)", BARS);
    JavaFileObject foobars = source("Foobars", "@AssociationTable class Foobars {",
        "  Long fid;", "  Long bid;", "}");
    assertRejected(Diagnostic.ASSOCIATION_KEYS.format("Foobars", 0, "Bar", 0, "Foo"), foo,
        "@Relationship", foo, BAR, foobars, SCHEMA);
  }

  // test_relationships.py InvalidRelationshipEscalationTestM2M.test_no_secondaryjoin
  // differs: rejected by javac rather than when the mappers are configured
  @Test
  void aComparisonThroughTheAssociationTableIsNoJoin() {
    JavaFileObject foo = foo("@Relationship(secondary = Foobars.class,"
        + " primaryJoin = \"Foo.id > Foobars.fid\")", BARS);
    JavaFileObject foobars = source("Foobars", "@AssociationTable class Foobars {",
        "  Long fid;", "  Long bid;", "}");
    assertRejected(Diagnostic.MALFORMED_JOIN.format("primaryJoin", "Foo.bars",
        "\"Foo.id > Foobars.fid\" is not one equality of the form A.field = B.field"), foo,
        "@Relationship", foo, BAR, foobars, SCHEMA);
  }
}
