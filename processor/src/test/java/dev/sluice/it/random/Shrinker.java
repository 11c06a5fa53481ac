package dev.sluice.it.random;

import java.util.ArrayList;
import java.util.List;

/**
 * Shrinks a failing sequence by removing chunks of steps, halving the chunks down to single
 * steps, as long as the run still fails the same way (steps that lose their objects are then
 * skipped by the model).
 */
final class Shrinker {
  private static final int BUDGET = 400;

  private final SequenceRunner runner;

  Shrinker(SequenceRunner runner) {
    this.runner = runner;
  }

  List<Op> shrink(List<Op> failing, String signature) {
    List<Op> current = new ArrayList<>(failing);
    int runs = 0;
    int parts = 2;
    while (current.size() > 1 && runs < BUDGET) {
      int chunk = (current.size() + parts - 1) / parts;
      boolean reduced = false;
      for (int from = 0; from < current.size() && runs < BUDGET; from += chunk) {
        List<Op> candidate = new ArrayList<>(current.subList(0, from));
        candidate.addAll(current.subList(Math.min(current.size(), from + chunk),
            current.size()));
        runs++;
        Divergence d = runner.replay(candidate, null).failure();
        if (d != null && d.signature.equals(signature)) {
          current = candidate;
          parts = Math.max(parts - 1, 2);
          reduced = true;
          break;
        }
      }
      if (!reduced) {
        if (chunk == 1) {
          break;
        }
        parts = Math.min(parts * 2, current.size());
      }
    }
    return current;
  }
}
