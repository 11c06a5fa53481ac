package dev.sluice.bench;

import java.util.List;
import java.util.Locale;

/**
 * Runs each workload a few times per contender and database, checks the rows and prints rough
 * times: a quick correctness pass before the real, JMH-measured run.
 * Arguments: optional workload names; system properties {@code runs} (default 2),
 * {@code impls} and {@code dbs} (comma-separated filters), e.g. to profile one contender.
 */
public final class Smoke {
  private Smoke() {}

  public static void main(String[] args) {
    List<Workload> workloads = args.length == 0 ? List.of(Workload.values())
        : java.util.Arrays.stream(args).map(Workload::parse).toList();
    int runs = Integer.getInteger("runs", 2);
    List<String> impls = List.of(System.getProperty("impls", String.join(",", Contenders.NAMES))
        .split(","));
    List<String> dbs = List.of(System.getProperty("dbs", "sqlite,postgresql").split(","));
    for (Database.Kind kind : Database.Kind.values()) {
      if (!dbs.contains(kind.name().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String name : impls) {
        try (Database db = Database.open(kind)) {
          Contender contender = Contenders.create(name, db);
          Seeder seeder = new Seeder(db, contender.tables());
          seeder.tags();
          for (Workload w : workloads) {
            StringBuilder times = new StringBuilder();
            for (int i = 0; i < runs; i++) {
              w.setUp(seeder, contender);
              long start = System.nanoTime();
              w.run(contender);
              times.append(String.format(Locale.ROOT, " %.1f",
                  (System.nanoTime() - start) / 1e6));
              w.check(db, contender.tables());
            }
            System.out.printf(Locale.ROOT, "%-11s %-10s %-16s ms:%s%n", kind, name, w, times);
          }
          contender.close();
        }
      }
    }
    System.exit(0);
  }
}
