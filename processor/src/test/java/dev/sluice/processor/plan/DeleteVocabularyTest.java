package dev.sluice.processor.plan;

import static com.google.common.truth.Truth.assertThat;

import dev.sluice.runtime.generated.DeleteStep;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The processor names the runtime's delete vocabulary by its constants' names without
 * depending on the runtime; these are the same names, one for one.
 */
class DeleteVocabularyTest {
  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  @Test
  void stepKindsAreTheRuntimesInTheSameOrder() {
    assertThat(names(DeleteStepPlan.Kind.values())).containsExactlyElementsIn(
        names(DeleteStep.Kind.values())).inOrder();
  }

  @Test
  void decisionsAreTheRuntimes() {
    assertThat(names(DeleteStepPlan.Decision.values())).containsExactlyElementsIn(
        names(DeleteStep.Decision.values())).inOrder();
  }
}
