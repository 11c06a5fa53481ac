package dev.sluice.processor.parse;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing a relationship's orderBy, and the message of each malformed form. */
class OrderByTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blankIsNoOrder(String text) throws Exception {
    assertThat(OrderBy.parse(text)).isEmpty();
  }

  @Test
  void fieldsWithOptionalDirections() throws Exception {
    assertThat(OrderBy.parse("timestamp DESC, id")).containsExactly(
        new OrderItem("timestamp", true), new OrderItem("id", false)).inOrder();
  }

  @Test
  void directionsInAnyCase() throws Exception {
    assertThat(OrderBy.parse(" name asc ,  rank Desc ")).containsExactly(
        new OrderItem("name", false), new OrderItem("rank", true)).inOrder();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "timestamp DOWN| \"DOWN\" is neither ASC nor DESC",
      "timestamp DESC id| \"timestamp DESC id\" is not a field optionally followed by ASC or"
          + " DESC",
      "timestamp,| \"\" is not a field optionally followed by ASC or DESC",
      "a,,b| \"\" is not a field optionally followed by ASC or DESC",
      "', id'| \"\" is not a field optionally followed by ASC or DESC",
  })
  void malformed(String text, String message) {
    JoinCondition.SyntaxError error = assertThrows(JoinCondition.SyntaxError.class,
        () -> OrderBy.parse(text));
    assertThat(error).hasMessageThat().isEqualTo(message);
  }
}
