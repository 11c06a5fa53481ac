package dev.sluice.processor.plan;

import static com.google.common.truth.Truth.assertThat;

import dev.sluice.annotations.Cascade;
import dev.sluice.processor.parse.CascadeKind;
import dev.sluice.runtime.meta.DeleteStep;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The processor names the runtime's delete vocabulary and the annotations' cascades by their
 * constants' names without depending on them; these are the same names, one for one.
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

  @Test
  void cascadesAreTheAnnotationsWithAllExpanded() {
    assertThat(names(CascadeKind.values())).containsExactlyElementsIn(
        names(EnumSet.complementOf(EnumSet.of(Cascade.ALL)).toArray(new Cascade[0])))
        .inOrder();
  }
}
