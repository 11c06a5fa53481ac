package dev.sluice.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.it.support.Postgres;
import dev.sluice.processor.fuzz.Mutator.Mutant;
import dev.sluice.processor.fuzz.Outcome.Kind;
import dev.sluice.runtime.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Compiles seeded random models and single-mistake mutants of them with the processor, and
 * runs a sample of the accepted ones on SQLite (and PostgreSQL with {@code -Dfuzz.postgres=true}).
 * {@code -Dfuzz.count=10000} runs the long version; {@code -Dfuzz.seed=N} another sequence.
 * A failure is shrunk to a small model and printed, to be kept as a regression test.
 */
class ModelFuzzTest {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  @Test
  void generatedModelsCompileCleanlyOrAreRejectedPrecisely() throws IOException {
    int count = Integer.getInteger("fuzz.count", 120);
    long seed = Long.getLong("fuzz.seed", 20_261_203L);
    int databaseEvery = Integer.getInteger("fuzz.databaseEvery", 4);
    boolean postgres = Boolean.getBoolean("fuzz.postgres");
    Map<Kind, Integer> outcomes = new EnumMap<>(Kind.class);
    int mutants = 0;
    List<String> multipleErrors = new ArrayList<>();
    int databaseRuns = 0;
    int constrainedBases = 0;
    int joined = 0;
    int joinedRuns = 0;
    int composite = 0;
    int compositeRuns = 0;
    List<String> failures = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      Model model = ModelGenerator.generate(seed + i);
      Mutant mutant = i % 2 == 1 ? Mutator.mutate(model, new Random(seed + i)) : null;
      Candidate candidate = mutant == null ? new Candidate(model, Set.of(), false)
          : new Candidate(mutant.model(), mutant.blamed(), mutant.mustReject());
      boolean database = mutant == null && (i / 2) % databaseEvery == 0;
      Outcome outcome = check(candidate, database, postgres);
      mutants += mutant == null ? 0 : 1;
      // a mapped superclass whose annotation is followed by a @Unique or @ForeignKeyConstraint
      constrainedBases += mutant == null && model.sources().stream()
          .anyMatch(source -> source[1].contains("@MappedSuperclass\n@")) ? 1 : 0;
      databaseRuns += database && outcome.kind() == Kind.ACCEPTED ? 1 : 0;
      // a subclass with a table of its own (joined-table inheritance)
      boolean joinedModel = mutant == null && model.entities().stream().anyMatch(
          e -> Model.superclass(e) != null && e.annotation().contains("table = "));
      joined += joinedModel ? 1 : 0;
      joinedRuns += joinedModel && database && outcome.kind() == Kind.ACCEPTED ? 1 : 0;
      boolean compositeModel = mutant == null && model.entities().stream().anyMatch(
          e -> e.fields().stream().filter(f -> f.annotations().contains("@Id")).count() > 1);
      composite += compositeModel ? 1 : 0;
      compositeRuns += compositeModel && database && outcome.kind() == Kind.ACCEPTED ? 1 : 0;
      if (outcome.kind() == Kind.REJECTED && outcome.sluiceErrors() > 1) {
        multipleErrors.add((seed + i) + (mutant == null ? "" : " (" + mutant.description()
            + ")"));
      }
      outcomes.merge(outcome.kind(), 1, Integer::sum);
      if (outcome.kind().failure || (mutant == null && outcome.kind() == Kind.REJECTED)) {
        Candidate small = Shrinker.shrink(candidate, outcome.kind(),
            c -> check(c, database, postgres).kind());
        failures.add("seed " + (seed + i) + (mutant == null ? "" : " mutant: "
            + mutant.description()) + "\n" + outcome.kind() + ": " + outcome.detail()
            + "\nsmallest model:\n" + small.model().describe());
      }
    }
    String report = String.format("%d models (%d valid, %d single mutations) from seed %d in"
        + " %.1f s%noutcomes: %s%nrejected with more than one Sluice error: %s%n"
        + "accepted models run on %s: %d%nvalid models with a constraint on a mapped"
        + " superclass: %d%nvalid models with a joined-table subclass: %d (%d run on the"
        + " databases)%nvalid models with a composite primary key: %d (%d run on the"
        + " databases)%nfailures: %d%n%n%s", count, count - mutants,
        mutants, seed, (System.nanoTime() - start) / 1e9, outcomes,
        multipleErrors.size() + (multipleErrors.isEmpty() ? "" : " " + multipleErrors),
        postgres ? "SQLite and PostgreSQL" : "SQLite", databaseRuns, constrainedBases,
        joined, joinedRuns, composite, compositeRuns, failures.size(),
        String.join("\n\n", failures));
    Path file = Path.of(System.getProperty("basedir", "."), "target", "fuzz-report.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report, StandardCharsets.UTF_8);
    System.out.println(report.lines().limit(9).reduce("", (a, b) -> a + b + "\n"));
    assertTrue(failures.isEmpty(), report);
  }

  /** A model to compile, and what its outcome must be. */
  record Candidate(Model model, Set<String> blamed, boolean mustReject) {}

  static Outcome check(Candidate candidate, boolean database, boolean postgres) {
    Outcome outcome = FuzzCompiler.compile(candidate.model(), candidate.blamed());
    if (outcome.kind() == Kind.ACCEPTED && candidate.mustReject()) {
      return outcome.as(Kind.MISSED, "the mistake was accepted");
    }
    if (outcome.kind() != Kind.ACCEPTED || !database || candidate.mustReject()) {
      return outcome;
    }
    String failed = DatabaseCheck.run(candidate.model(), outcome.compilation(),
        DatabaseCheck.sqlite(), Dialect.SQLITE);
    if (failed == null && postgres) {
      failed = DatabaseCheck.run(candidate.model(), outcome.compilation(), postgresSchema(),
          Dialect.POSTGRESQL);
    }
    return failed == null ? outcome : outcome.as(Kind.DATABASE_FAILS, failed);
  }

  static Jdbi postgresSchema() {
    String url = Postgres.jdbcUrl();
    String schema = "fuzz" + SCHEMAS.incrementAndGet();
    Jdbi.create(url).useHandle(h -> h.execute("CREATE SCHEMA " + schema));
    return Jdbi.create(url + "&currentSchema=" + schema);
  }
}
