package dev.sluice.conformance.relationships;

import static dev.sluice.conformance.Rejections.assertRejected;
import static dev.sluice.conformance.Rejections.source;

import dev.sluice.processor.base.Diagnostic;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** test_relationships.py JoinConditionErrorTest: foreign keys that do not join. */
class JoinConditionErrorTest {
  // test_relationships.py JoinConditionErrorTest.test_join_error_raised
  // differs: rejected by javac rather than when the mappers are configured
  @Test
  void aColumnWithoutForeignKeyGivesNoJoin() {
    JavaFileObject c1 = source("C1", "@Entity class C1 {", "  @Id Long id;",
        "  @Relationship final RelatedList<C2> c2 = C1_.c2(this);", "}");
    JavaFileObject c2 = source("C2", "@Entity class C2 {", "  @Id Long id;", "  Long t1id;",
        "}");
    assertRejected(Diagnostic.NO_JOIN_PATH.format("C1.c2", "C2",
        "C1, and none of C1 references C2", "C1"), c1,
        "@Relationship", c1, c2,
        source("S", "@Schema(entities = {C1.class, C2.class}) interface S {}"));
  }

  // test_relationships.py JoinConditionErrorTest.test_fk_error_not_raised_unrelated
  // differs: every foreign key is checked at compile time, so a key to a column that does not
  // exist is an error even when no relationship uses it; SQLAlchemy configures the unrelated
  // relationship and ignores the broken key
  @Test
  void aKeyToAMissingColumnIsAnErrorEvenIfNoRelationshipUsesIt() {
    JavaFileObject c1 = source("C1", "@Entity class C1 {", "  @Id Long id;",
        "  @ForeignKey(entity = T2.class, column = \"nonexistentId\") Long fooId;",
        "  @Relationship final RelatedList<C2> c2 = C1_.c2(this);", "}");
    JavaFileObject t2 = source("T2", "@Entity class T2 {", "  @Id Long id;", "}");
    JavaFileObject c2 = source("C2", "@Entity class C2 {", "  @Id Long id;",
        "  @ForeignKey(entity = C1.class) Long t1id;", "}");
    assertRejected(Diagnostic.FK_MISSING_COLUMN.format("C1.fooId", "nonexistentId",
        "T2", List.of("id")), c1, "nonexistentId", c1, t2, c2,
        source("S", "@Schema(entities = {C1.class, T2.class, C2.class}) interface S {}"));
  }
}
