package dev.sluice.bench;

import dev.sluice.bench.compile.CompileBenchmark;
import dev.sluice.bench.startup.StartupBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Renders a run's results as Markdown: tables of times, ratios against the targets, counts. */
public final class Report {
  private final StringBuilder md = new StringBuilder();

  /** The title, the machine and how the run was measured. */
  public Report header(String command, String settings) {
    md.append("# Sluice benchmarks\n\n")
        .append("Command: `").append(command).append("`\n\n")
        .append("## Machine\n\n").append(Machine.describe()).append('\n')
        .append("## Settings\n\n").append(settings).append("\n\n");
    return this;
  }

  /** The workload table and the ratios against the targets. */
  public Report workloads(List<Measurement> results) {
    md.append("## Workloads (time per operation, ms; ± is JMH's 99.9% confidence half-width)\n\n")
        .append("| Workload | DB | Jdbi (hand-written) | Sluice | Hibernate | Sluice ÷ Jdbi"
            + " | Hibernate ÷ Sluice | Target | Met |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---|---|\n");
    for (Workload w : Workload.values()) {
      for (Database.Kind db : Database.Kind.values()) {
        Optional<Measurement> jdbi = find(results, w, db, "jdbi");
        Optional<Measurement> sluice = find(results, w, db, "sluice");
        Optional<Measurement> hibernate = find(results, w, db, "hibernate");
        if (jdbi.isEmpty() && sluice.isEmpty() && hibernate.isEmpty()) {
          continue;
        }
        double vsJdbi = ratio(sluice, jdbi);
        double hibernateOverSluice = ratio(hibernate, sluice);
        String target;
        String met;
        switch (w) {
          case W1_INSERT -> {
            target = "Sluice ÷ Jdbi ≤ 1.3";
            met = verdict(vsJdbi, vsJdbi <= 1.3);
          }
          case W5_BULK -> {
            target = "—";
            met = "—";
          }
          default -> {
            target = "Hibernate ÷ Sluice ≥ 3";
            met = verdict(hibernateOverSluice, hibernateOverSluice >= 3);
          }
        }
        md.append("| ").append(w.title()).append(" | ").append(db.name().toLowerCase(Locale.ROOT))
            .append(" | ").append(cell(jdbi)).append(" | ").append(cell(sluice))
            .append(" | ").append(cell(hibernate)).append(" | ").append(times(vsJdbi))
            .append(" | ").append(times(hibernateOverSluice)).append(" | ").append(target)
            .append(" | ").append(met).append(" |\n");
      }
    }
    md.append('\n');
    return this;
  }

  /** W2's statement counts with 10 and 100 children per parent. */
  public Report statements(List<StatementCounts.Count> counts) {
    md.append("## W2 statements (1,000 parents; a JDBC batch counts once)\n\n")
        .append("| DB | Contender | 10 children each | 100 children each | Statements |\n")
        .append("|---|---|---:|---:|---|\n");
    for (Database.Kind db : Database.Kind.values()) {
      for (String impl : Contenders.NAMES) {
        Optional<StatementCounts.Count> ten = counts.stream()
            .filter(c -> c.db() == db && c.impl().equals(impl) && c.children() == 10).findFirst();
        Optional<StatementCounts.Count> hundred = counts.stream()
            .filter(c -> c.db() == db && c.impl().equals(impl) && c.children() == 100)
            .findFirst();
        if (ten.isEmpty() && hundred.isEmpty()) {
          continue;
        }
        md.append("| ").append(db.name().toLowerCase(Locale.ROOT)).append(" | ").append(impl)
            .append(" | ").append(ten.map(c -> String.valueOf(c.statements())).orElse("—"))
            .append(" | ").append(hundred.map(c -> String.valueOf(c.statements())).orElse("—"))
            .append(" | ").append(hundred.or(() -> ten).map(StatementCounts.Count::shapes)
                .orElse("")).append(" |\n");
      }
    }
    md.append('\n');
    return this;
  }

  /** javac with and without the processor. */
  public Report compile(List<CompileBenchmark.Result> results, String how) {
    md.append("## Compile time (javac in one warmed-up JVM, median ms)\n\n").append(how)
        .append("\n\n| Entities | Generated files | javac, processing off (entities +"
            + " generated sources) | javac with the Sluice processor | Processor overhead |"
            + " Overhead % | Overhead per entity |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|\n");
    for (CompileBenchmark.Result r : results) {
      md.append(String.format(Locale.ROOT, "| %d | %d | %.0f (min %.0f) | %.0f (min %.0f) |"
          + " %.0f ms | %.0f%% | %.2f ms |%n", r.entities(), r.generatedFiles(), r.plainMs(),
          r.plainMin(), r.withMs(), r.withMin(), r.overheadMs(), r.overheadPercent(),
          r.overheadMs() / r.entities()));
    }
    md.append('\n');
    return this;
  }

  /** JVM start to first committed flush. */
  public Report startup(List<StartupBenchmark.Result> results, String how) {
    md.append("## Start-up: JVM start to first committed flush (ms)\n\n").append(how)
        .append("\n\n| DB | Contender | Median | Min | Max | Child JVM uptime at commit"
            + " (median) |\n|---|---|---:|---:|---:|---:|\n");
    for (StartupBenchmark.Result r : results) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.0f | %.0f |%n",
          r.db().name().toLowerCase(Locale.ROOT), r.impl(), r.medianMs(), r.minMs(),
          r.maxMs(), r.childUptimeMs()));
    }
    md.append('\n');
    return this;
  }

  public void write(Path file) throws IOException {
    Files.writeString(file, md.toString());
  }

  @Override
  public String toString() {
    return md.toString();
  }

  private static Optional<Measurement> find(List<Measurement> results, Workload w,
      Database.Kind db, String impl) {
    return results.stream().filter(m -> m.workload() == w && m.db() == db
        && m.impl().equals(impl)).findFirst();
  }

  private static double ratio(Optional<Measurement> a, Optional<Measurement> b) {
    return a.isPresent() && b.isPresent() ? a.get().ms() / b.get().ms() : Double.NaN;
  }

  private static String cell(Optional<Measurement> m) {
    return m.map(x -> String.format(Locale.ROOT, "%.1f ± %.1f", x.ms(), x.error()))
        .orElse("—");
  }

  private static String times(double ratio) {
    return Double.isNaN(ratio) ? "—" : String.format(Locale.ROOT, "%.2f×", ratio);
  }

  private static String verdict(double ratio, boolean ok) {
    return Double.isNaN(ratio) ? "—" : ok ? "met" : "**missed**";
  }
}
