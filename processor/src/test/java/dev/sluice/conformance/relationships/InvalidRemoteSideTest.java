package dev.sluice.conformance.relationships;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.sluice.conformance.Rejections.assertRejected;
import static dev.sluice.conformance.Rejections.source;

import dev.sluice.processor.SluiceProcessor;
import dev.sluice.processor.base.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** test_relationships.py InvalidRemoteSideTest: both sides of a self-reference one way. */
class InvalidRemoteSideTest {
  private static final JavaFileObject SCHEMA =
      source("S", "@Schema(entities = {T1.class}) interface S {}");

  private static final String COLLECTION_REMOTE_SIDE = Diagnostic.REMOTE_SIDE_INVALID.format(
      "T1.t1s", "id", "the referenced key, but a collection is the one-to-many side, whose"
          + " remote side is the foreign key [tId]", "T1");

  private static JavaFileObject t1(String collection, String reference) {
    return source("T1", "@Entity class T1 {", "  @Id Long id;", "  String data;",
        "  @ForeignKey(entity = T1.class) Long tId;",
        "  " + collection, "  final RelatedList<T1> t1s = T1_.t1s(this);",
        "  " + reference, "  final RelatedRef<T1> parent = T1_.parent(this);", "}");
  }

  // test_relationships.py InvalidRemoteSideTest.test_o2m_backref
  // differs: a self-referential collection is the one-to-many and its reference the
  // many-to-one without remoteSide, so the model compiles where SQLAlchemy needs remote_side
  @Test
  void aCollectionAndItsBackrefResolveToTheTwoDirections() {
    assertThat(javac().withProcessors(new SluiceProcessor())
        .compile(t1("@Relationship(backref = \"parent\")", ""), SCHEMA))
        .succeededWithoutWarnings();
  }

  // test_relationships.py InvalidRemoteSideTest.test_m2o_backref
  // differs: rejected by javac rather than when the mappers are configured
  @Test
  void remoteSideOnBothSidesIsAnError() {
    JavaFileObject t1 = t1("@Relationship(backref = \"parent\", remoteSide = \"id\")", "");
    assertRejected(COLLECTION_REMOTE_SIDE, t1, "backref", t1, SCHEMA);
  }

  // test_relationships.py InvalidRemoteSideTest.test_o2m_explicit
  // differs: as test_o2m_backref, the two sides resolve to the two directions and compile
  @Test
  void twoSidesNamingEachOtherResolveToTheTwoDirections() {
    assertThat(javac().withProcessors(new SluiceProcessor())
        .compile(t1("@Relationship(backPopulates = \"parent\")",
            "@Relationship(backPopulates = \"t1s\")"), SCHEMA))
        .succeededWithoutWarnings();
  }

  // test_relationships.py InvalidRemoteSideTest.test_m2o_explicit
  // differs: rejected by javac rather than when the mappers are configured
  @Test
  void twoSidesNamingEachOtherWithRemoteSideOnBothAreAnError() {
    JavaFileObject t1 = t1("@Relationship(backPopulates = \"parent\", remoteSide = \"id\")",
        "@Relationship(backPopulates = \"t1s\", remoteSide = \"id\")");
    assertRejected(COLLECTION_REMOTE_SIDE, t1, "\"parent\", remoteSide", t1, SCHEMA);
  }
}
