package dev.sluice.processor.parse;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing primaryJoin / secondaryJoin text, and the message of each malformed form. */
class JoinConditionTest {
  private static JoinCondition.Equality equality(String left, String right) {
    String[] l = left.split("\\.");
    String[] r = right.split("\\.");
    return new JoinCondition.Equality(new JoinCondition.Ref(l[0], l[1]),
        new JoinCondition.Ref(r[0], r[1]));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Person.id = Log.personId", "Person.id == Log.personId",
      "  Person.id=Log.personId  ", "Person.id==Log.personId"})
  void oneEquality(String text) throws Exception {
    assertThat(JoinCondition.parse(text).equalities())
        .containsExactly(equality("Person.id", "Log.personId"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"AND", "and", "And", "aNd"})
  void equalitiesJoinedByAndInAnyCase(String and) throws Exception {
    JoinCondition condition = JoinCondition.parse(
        "Parent.id = Child.parentId " + and + "  Parent.kind == Child.kind");
    assertThat(condition.equalities()).containsExactly(equality("Parent.id", "Child.parentId"),
        equality("Parent.kind", "Child.kind")).inOrder();
    assertThat(condition.toString())
        .isEqualTo("Parent.id = Child.parentId AND Parent.kind = Child.kind");
  }

  @Test
  void andInsideANameIsNoSeparator() throws Exception {
    assertThat(JoinCondition.parse("Brand.id = Band.brandId").equalities())
        .containsExactly(equality("Brand.id", "Band.brandId"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''| it is empty",
      "'   '| it is empty",
      "Person.id Log.personId| \"Person.id Log.personId\" is not one equality of the form"
          + " A.field = B.field",
      "Person.id = Log.personId = Log.id| \"Person.id = Log.personId = Log.id\" is not one"
          + " equality of the form A.field = B.field",
      "Person.id === Log.personId| \"Person.id === Log.personId\" is not one equality of the"
          + " form A.field = B.field",
      "Person.id = Log| \"Log\" is not of the form ClassName.field",
      "id = Log.personId| \"id\" is not of the form ClassName.field",
      "a.b.c = Log.personId| \"a.b.c\" is not of the form ClassName.field",
      "Person.1d = Log.personId| \"Person.1d\" is not of the form ClassName.field",
      "Person.id = Log.personId AND| \"Log.personId AND\" is not of the form ClassName.field",
      "Person.id = | \"\" is not of the form ClassName.field",
  })
  void malformed(String text, String message) {
    JoinCondition.SyntaxError error = assertThrows(JoinCondition.SyntaxError.class,
        () -> JoinCondition.parse(text));
    assertThat(error).hasMessageThat().isEqualTo(message);
  }

  @Test
  void sidesKeepTheirWrittenOrder() throws Exception {
    assertThat(JoinCondition.parse("Log.personId = Person.id").equalities())
        .isEqualTo(List.of(equality("Log.personId", "Person.id")));
  }
}
