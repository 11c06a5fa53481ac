package dev.sluice.it.random;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.DatabaseTest;
import dev.sluice.it.support.TestDatabase;
import dev.sluice.runtime.SessionFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Model-based random testing: seeded sequences of session operations run against Sluice and
 * against the reference model, rows compared after every commit. {@code random.count}
 * sequences per database (default 1,000), split between set-based and row-by-row deletes;
 * {@code random.seed} changes the sequences, {@code random.length} their length, and
 * {@code random.replay=<seed>} runs one sequence. A failure is shrunk and printed as Java.
 */
class RandomSequenceTest {
  private static final int SHRUNK_PER_SIGNATURE = 1;

  @DatabaseTest
  void randomSequencesMatchTheReferenceModel(TestDatabase db) {
    int perDatabase = Integer.getInteger("random.count", 1000);
    int length = Integer.getInteger("random.length", 30);
    long base = Long.getLong("random.seed", 20261203L) * 31 + db.toString().hashCode();
    String replay = System.getProperty("random.replay", "");
    SessionFactory factory = db.create(RandomSchema_Metadata.INSTANCE);
    SequenceRunner runner = new SequenceRunner(db, factory);
    long started = System.nanoTime();
    List<Long> seeds = new ArrayList<>();
    if (replay.isEmpty()) {
      for (int i = 0; i < Math.max(1, perDatabase / 2); i++) {
        seeds.add(base * 1_000_003L + i);
      }
    } else {
      seeds.add(Long.parseLong(replay));
    }
    Map<String, Integer> failures = new LinkedHashMap<>();
    StringBuilder report = new StringBuilder();
    long steps = 0;
    long skipped = 0;
    for (long seed : seeds) {
      SequenceRunner.Outcome outcome = runner.generate(seed, length);
      steps += outcome.executed();
      skipped += outcome.skipped();
      Divergence d = outcome.failure();
      if (d == null) {
        continue;
      }
      int seen = failures.merge(d.signature, 1, Integer::sum);
      if (seen <= SHRUNK_PER_SIGNATURE) {
        report.append(shrunk(runner, outcome.ops(), d, seed));
      }
    }
    runner.close();
    double seconds = (System.nanoTime() - started) / 1e9;
    String summary = String.format("%s: %d sequences of %d steps (%d steps run, %d skipped),"
        + " %d diverged, %.1f s", db, seeds.size(), length, steps, skipped,
        failures.values().stream().mapToInt(Integer::intValue).sum(), seconds);
    System.out.println("[random] " + summary);
    failures.forEach((signature, count) ->
        System.out.println("[random]   " + count + " x " + signature));
    assertTrue(failures.isEmpty(), summary + "\n" + failures + "\n" + report);
  }

  private static String shrunk(SequenceRunner runner, List<Op> ops, Divergence d, long seed) {
    List<Op> minimal = new Shrinker(runner).shrink(ops, d.signature);
    List<String> log = new ArrayList<>();
    Divergence again = runner.replay(minimal, log).failure();
    StringBuilder text = new StringBuilder("\n--- seed " + seed + " (-Drandom.replay=" + seed
        + "), shrunk from " + ops.size() + " to " + minimal.size() + " steps:\n");
    log.forEach(line -> text.append("  ").append(line).append('\n'));
    text.append("  // ").append(again == null ? d.getMessage() : again.getMessage()).append('\n');
    return text.toString();
  }
}
