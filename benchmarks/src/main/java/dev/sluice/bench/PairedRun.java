package dev.sluice.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Sluice and hand-written Jdbi alternating, operation by operation, in one JVM, each on its own
 * database: a slow phase of the machine then slows both alike, so their ratio holds where
 * JMH's one fork per contender, run one after the other, can catch a phase in one fork only.
 * Prints medians of wall time, of the thread's CPU time (which a descheduled thread does not
 * accumulate; for PostgreSQL it is the client's side only) and of the bytes it allocated per
 * operation, and the garbage collectors' total time.
 *
 * <p>Arguments: workload, database, measured operations (default 40), warm-up operations
 * (default 20); e.g. {@code java -Xms4g -Xmx4g -XX:+AlwaysPreTouch
 * -cp benchmarks/target/benchmarks.jar dev.sluice.bench.PairedRun W1_INSERT sqlite}.
 */
public final class PairedRun {
  private static final String[] NAMES = {"jdbi", "sluice"};

  private PairedRun() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("Usage: PairedRun WORKLOAD sqlite|postgresql [runs] [warm-ups]");
      System.exit(2);
    }
    Workload workload = Workload.parse(args[0]);
    Database.Kind kind = Database.Kind.parse(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    int warmUps = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    ThreadMXBean thread = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    Database[] dbs = {Database.open(kind), Database.open(kind)};
    try {
      Contender[] contenders = new Contender[2];
      Seeder[] seeders = new Seeder[2];
      for (int c = 0; c < 2; c++) {
        contenders[c] = Contenders.create(NAMES[c], dbs[c]);
        seeders[c] = new Seeder(dbs[c], contenders[c].tables());
        seeders[c].tags();
      }
      double[][] wall = new double[2][runs];
      double[][] cpu = new double[2][runs];
      double[][] allocated = new double[2][runs];
      long gcBefore = gcMillis();
      for (int i = -warmUps; i < runs; i++) {
        for (int c = 0; c < 2; c++) {
          workload.setUp(seeders[c], contenders[c]);
          long bytes = thread.getCurrentThreadAllocatedBytes();
          long cpuStart = thread.getCurrentThreadCpuTime();
          long start = System.nanoTime();
          workload.run(contenders[c]);
          long end = System.nanoTime();
          long cpuEnd = thread.getCurrentThreadCpuTime();
          long bytesEnd = thread.getCurrentThreadAllocatedBytes();
          workload.check(dbs[c], contenders[c].tables());
          if (i >= 0) {
            wall[c][i] = (end - start) / 1e6;
            cpu[c][i] = (cpuEnd - cpuStart) / 1e6;
            allocated[c][i] = (bytesEnd - bytes) / 1e6;
          }
        }
      }
      System.out.printf(Locale.ROOT, "%s %s, %d operations each after %d warm-ups, medians:%n"
          + "  jdbi   wall %.1f ms, cpu %.1f ms, allocated %.1f MB%n"
          + "  sluice wall %.1f ms, cpu %.1f ms, allocated %.1f MB%n"
          + "  sluice / jdbi: wall %.2f, cpu %.2f; garbage collection %d ms in all%n",
          workload, kind, runs, warmUps, median(wall[0]), median(cpu[0]),
          median(allocated[0]), median(wall[1]), median(cpu[1]), median(allocated[1]),
          median(wall[1]) / median(wall[0]), median(cpu[1]) / median(cpu[0]),
          gcMillis() - gcBefore);
      for (Contender contender : contenders) {
        contender.close();
      }
    } finally {
      for (Database db : dbs) {
        db.close();
      }
    }
    System.exit(0);
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(bean -> Math.max(0, bean.getCollectionTime())).sum();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
