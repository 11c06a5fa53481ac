package dev.sluice.processor.base;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SQL and constant names derived from Java names. */
class NamingTest {
  @ParameterizedTest
  @CsvSource({
      "personId, person_id",
      "HTTPRequest, http_request",
      "uid, uid",
      "URLValue, url_value",
      "Person, person",
      "ManyLogPerson, many_log_person",
      "manylogId, manylog_id",
      "already_snake, already_snake",
      "ID, id",
      "userID, user_id",
      "x, x",
  })
  void snakeCase(String java, String sql) {
    assertThat(Naming.snakeCase(java)).isEqualTo(sql);
  }

  @Test
  void constantCase() {
    assertThat(Naming.constantCase("otherLogs")).isEqualTo("OTHER_LOGS");
  }

  @Test
  void capitalization() {
    assertThat(Naming.capitalize("logs")).isEqualTo("Logs");
    assertThat(Naming.decapitalize("Person")).isEqualTo("person");
    assertThat(Naming.capitalize("")).isEmpty();
  }
}
