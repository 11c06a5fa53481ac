package dev.sluice.bench.startup;

import dev.sluice.bench.Contenders;
import dev.sluice.bench.Database;
import dev.sluice.bench.hibernate.HibernateSchema;
import dev.sluice.bench.model.BenchSchema_Metadata;
import dev.sluice.runtime.SessionFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Time from starting a JVM to its first committed flush, for each contender: separate
 * processes of the current {@code java} on the benchmark jar, each on freshly created tables;
 * the median of several runs after unmeasured ones.
 */
public final class StartupBenchmark {
  /** The times of one contender on one database. */
  public record Result(Database.Kind db, String impl, double medianMs, double minMs,
      double maxMs, double childUptimeMs) {}

  private final String classpath;

  public StartupBenchmark(String classpath) {
    this.classpath = classpath;
  }

  public List<Result> run(List<Database.Kind> kinds, int warmups, int runs)
      throws IOException, InterruptedException {
    List<Result> results = new ArrayList<>();
    for (Database.Kind kind : kinds) {
      for (String impl : Contenders.NAMES) {
        double[] wall = new double[runs];
        double[] uptime = new double[runs];
        for (int r = -warmups; r < runs; r++) {
          double[] t = once(kind, impl);
          if (r >= 0) {
            wall[r] = t[0];
            uptime[r] = t[1];
          }
        }
        double[] sorted = wall.clone();
        Arrays.sort(sorted);
        Arrays.sort(uptime);
        results.add(new Result(kind, impl, sorted[runs / 2], sorted[0], sorted[runs - 1],
            uptime[runs / 2]));
        System.out.printf("start-up %s %s: median %.0f ms%n", kind, impl, sorted[runs / 2]);
      }
    }
    return results;
  }

  /** One process: {wall ms from start to COMMITTED, the child's own JVM uptime then}. */
  private double[] once(Database.Kind kind, String impl) throws IOException,
      InterruptedException {
    try (Database db = Database.open(kind)) {
      if (impl.equals("hibernate")) {
        db.jdbi().useTransaction(h -> HibernateSchema.ddl(kind).forEach(h::execute));
      } else {
        SessionFactory.create(db.jdbi(), BenchSchema_Metadata.INSTANCE).createAll();
      }
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder builder = new ProcessBuilder(java, "-cp", classpath,
          StartupMain.class.getName(), impl, db.url(), kind.name()).redirectErrorStream(true);
      long start = System.nanoTime();
      Process process = builder.start();
      double wall = -1;
      double uptime = -1;
      StringBuilder output = new StringBuilder();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(
          process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith("COMMITTED ") && wall < 0) {
            wall = (System.nanoTime() - start) / 1e6;
            uptime = Double.parseDouble(line.substring("COMMITTED ".length()));
          } else {
            output.append(line).append('\n');
          }
        }
      }
      int exit = process.waitFor();
      if (exit != 0 || wall < 0) {
        throw new IllegalStateException("Start-up run of " + impl + " on " + kind
            + " failed (exit " + exit + "):\n" + output);
      }
      return new double[] {wall, uptime};
    }
  }
}
