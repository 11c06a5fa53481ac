package dev.sluice.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every workload, contender and database: one operation per iteration on rows freshly seeded
 * before it (outside the measurement), checked after it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 30)
@Measurement(iterations = 20)
@Fork(1)
public class WorkloadBenchmark {
  @Param({"W1_INSERT", "W2_DELETE", "W3_ORPHANS", "W4_MANY_TO_MANY", "W5_BULK",
      "W2_DELETE_100"})
  public String workload;

  @Param({"sqlite", "postgresql"})
  public String db;

  @Param({"jdbi", "sluice", "hibernate"})
  public String impl;

  private Database database;
  private Contender contender;
  private Seeder seeder;
  private Workload work;

  @Setup(Level.Trial)
  public void openDatabase() {
    work = Workload.parse(workload);
    database = Database.open(Database.Kind.parse(db));
    contender = Contenders.create(impl, database);
    seeder = new Seeder(database, contender.tables());
    seeder.tags();
  }

  @Setup(Level.Invocation)
  public void seed() {
    work.setUp(seeder, contender);
  }

  @Benchmark
  public int run() {
    return work.run(contender);
  }

  @TearDown(Level.Invocation)
  public void check() {
    work.check(database, contender.tables());
  }

  @TearDown(Level.Trial)
  public void close() {
    contender.close();
    database.close();
  }
}
