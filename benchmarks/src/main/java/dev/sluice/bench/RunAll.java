package dev.sluice.bench;

import dev.sluice.bench.compile.CompileBenchmark;
import dev.sluice.bench.startup.StartupBenchmark;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark and prints (and writes) a Markdown report: the JMH workloads on SQLite and
 * PostgreSQL, W2's statement counts, the compile-time and the start-up benchmarks. PostgreSQL is
 * started here once and handed to the JMH forks.
 *
 * <p>Options: {@code --quick} (a smoke run), {@code --workloads=W1_INSERT,W3_ORPHANS},
 * {@code --dbs=sqlite,postgresql}, {@code --skip-jmh}, {@code --skip-counts},
 * {@code --skip-compile}, {@code --skip-startup}, {@code --out=FILE} (default
 * {@code benchmarks/RESULTS.md} from the repository root, else {@code RESULTS.md}).
 */
public final class RunAll {
  /**
   * Operations per fork. One runs a few dozen milliseconds, and the JIT needs a few dozen of
   * them to settle, longest for the contender with more code on the path (benchmarks/README).
   */
  private static final int WARMUPS = 30;
  private static final int MEASURED = 20;
  /** W2 with 100 children, whose operations take several times longer. */
  private static final int HEAVY_WARMUPS = 8;
  private static final int HEAVY_MEASURED = 12;
  /**
   * A fixed heap, touched before the run: otherwise the first use of each page of it costs a
   * page fault and the kernel zeroing it, a start-up cost a long-running service pays once,
   * which would be charged here to whichever contender allocates most in a short fork.
   */
  private static final List<String> FORK_JVM = List.of("-Xms4g", "-Xmx4g",
      "-XX:+AlwaysPreTouch");
  private static final List<String> FLAGS = List.of("--quick", "--skip-jmh", "--skip-counts",
      "--skip-compile", "--skip-startup");
  private static final List<String> VALUED = List.of("--workloads", "--dbs", "--out");
  private static final String USAGE = "Usage: java -jar benchmarks/target/benchmarks.jar"
      + " [--quick] [--workloads=W1_INSERT,...] [--dbs=sqlite,postgresql] [--skip-jmh]"
      + " [--skip-counts] [--skip-compile] [--skip-startup] [--out=FILE]";

  private RunAll() {}

  public static void main(String[] args) throws Exception {
    List<String> options = Arrays.asList(args);
    for (String option : options) {
      if (option.equals("--help") || option.equals("-h")) {
        System.out.println(USAGE);
        return;
      }
      if (!FLAGS.contains(option) && VALUED.stream().noneMatch(v -> option.startsWith(v + "="))) {
        System.err.println("Unknown option " + option + ".\n" + USAGE);
        System.exit(2);
      }
    }
    boolean quick = options.contains("--quick");
    List<Workload> workloads;
    List<Database.Kind> dbs;
    try {
      workloads = Arrays.stream(value(options, "--workloads",
          String.join(",", Arrays.stream(Workload.values()).map(Enum::name).toList())).split(","))
          .map(Workload::parse).toList();
      dbs = Arrays.stream(value(options, "--dbs", "sqlite,postgresql").split(","))
          .map(Database.Kind::parse).toList();
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage() + ".\n" + USAGE);
      System.exit(2);
      return;
    }
    Path out = Path.of(value(options, "--out",
        Files.isDirectory(Path.of("benchmarks")) ? "benchmarks/RESULTS.md" : "RESULTS.md"));
    String classpath = System.getProperty("java.class.path");

    // one server for the whole run, started only when a PostgreSQL measurement needs it
    String pgUrl = dbs.contains(Database.Kind.POSTGRESQL) ? EmbeddedPostgres.jdbcUrl() : "";
    System.setProperty(EmbeddedPostgres.URL_PROPERTY, pgUrl);

    Report report = new Report().header(
        "mvn -q -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar"
            + (args.length == 0 ? "" : " " + String.join(" ", args)),
        settings(quick));

    if (!options.contains("--skip-jmh")) {
      List<Measurement> results = new ArrayList<>();
      for (Workload w : workloads) {
        results.addAll(jmh(w, dbs, pgUrl, quick));
      }
      report.workloads(results);
    }
    if (!options.contains("--skip-startup")) {
      int runs = quick ? 3 : 9;
      report.startup(new StartupBenchmark(classpath).run(dbs, quick ? 1 : 2, runs),
          "Each run is a new JVM (`java -cp benchmarks.jar`, default flags) on tables created"
          + " beforehand; it opens the database, builds the contender (Sluice SessionFactory;"
          + " Jdbi; Hibernate SessionFactory from annotated classes), inserts one parent with"
          + " ten children and commits. Wall time measured by the parent from process start to"
          + " the child's COMMITTED line; median of " + runs + " runs after "
          + (quick ? 1 : 2) + " unmeasured ones.");
    }
    if (!options.contains("--skip-compile")) {
      String model = "Synthetic models: a chain of entities, each"
          + " with four columns, a many-to-one to the one before it and the inverse one-to-many,"
          + " one @Schema; in the `chain` shape the one-to-many has the default cascade, in the"
          + " `cascade` shape it cascades everything, so deleting the first row deletes the"
          + " whole chain (the deepest DELETE cascade a schema of that size can have)."
          + " \"Processing off\" compiles the entities together with the sources the processor"
          + " generates for them, so both variants produce the same classes; per size one"
          + " unmeasured round and " + (quick ? "1" : "5") + " measured rounds alternating the"
          + " two variants.";
      report.compile(compile(classpath, quick, "process"), "one `javac` process per compile,"
          + " as in a build", model + " Each compile is a new `javac` process (elapsed time;"
          + " CPU is the process's user and system time).");
      report.compile(compile(classpath, quick, "warm"), "javac and the processor warmed up in"
          + " one JVM", model + " Run in a separate JVM (-Xms2g -Xmx2g -XX:+UseParallelGC):"
          + " javac is warmed up on the smallest model first, and the processor is loaded once"
          + " so that it warms up with javac; CPU is the compiling thread's.");
    }
    // Last, since it runs Sluice, Jdbi and Hibernate in this JVM.
    if (!options.contains("--skip-counts")) {
      report.statements(StatementCounts.measure(dbs, 10, 100));
    }
    System.out.println();
    System.out.println(report);
    report.write(out);
    System.out.println("Written to " + out.toAbsolutePath());
    System.exit(0);
  }

  private static List<Measurement> jmh(Workload w, List<Database.Kind> dbs, String pgUrl,
      boolean quick) throws RunnerException {
    boolean heavy = w == Workload.W2_DELETE_100;
    List<String> jvm = new ArrayList<>(FORK_JVM);
    jvm.add("-D" + EmbeddedPostgres.URL_PROPERTY + "=" + pgUrl);
    Options opts = new OptionsBuilder()
        .include(WorkloadBenchmark.class.getName().replace(".", "\\.") + "\\.run$")
        .param("workload", w.name())
        .param("db", dbs.stream().map(d -> d.name().toLowerCase(Locale.ROOT))
            .toArray(String[]::new))
        .warmupIterations(quick ? 1 : heavy ? HEAVY_WARMUPS : WARMUPS)
        .measurementIterations(quick ? 2 : heavy ? HEAVY_MEASURED : MEASURED)
        .forks(1)
        .jvmArgsAppend(jvm.toArray(String[]::new))
        .shouldFailOnError(true)
        .build();
    List<Measurement> results = new ArrayList<>();
    for (RunResult r : new Runner(opts).run()) {
      var primary = r.getPrimaryResult();
      results.add(new Measurement(w, Database.Kind.parse(r.getParams().getParam("db")),
          r.getParams().getParam("impl"), primary.getScore(), primary.getScoreError()));
    }
    return results;
  }

  private static List<CompileBenchmark.Result> compile(String classpath, boolean quick,
      String processor) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xms2g", "-Xmx2g",
        "-XX:+UseParallelGC", "-DjitWarmups=" + (quick ? 1 : 4),
        "-Drepetitions=" + (quick ? 1 : 5), "-Dprocessor=" + processor, "-cp", classpath,
        CompileBenchmark.class.getName()));
    command.addAll(quick ? List.of("25", "100") : List.of("25", "100", "400"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<CompileBenchmark.Result> results = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        System.out.println(line);
        if (line.startsWith("RESULT ")) {
          String[] f = line.split(" ");
          results.add(new CompileBenchmark.Result(f[1], Integer.parseInt(f[2]),
              Long.parseLong(f[3]), Long.parseLong(f[4]), Double.parseDouble(f[5]),
              Double.parseDouble(f[6]), Double.parseDouble(f[7]), Double.parseDouble(f[8]),
              Double.parseDouble(f[9]), Double.parseDouble(f[10]), Double.parseDouble(f[11]),
              Double.parseDouble(f[12]), Double.parseDouble(f[13])));
        }
      }
    }
    if (process.waitFor() != 0) {
      throw new IllegalStateException("The compile benchmark failed");
    }
    return results;
  }

  private static String settings(boolean quick) {
    return "JMH 1.37, mode SingleShotTime (one operation per iteration; its data is seeded in"
        + " @Setup(Level.Invocation) and its result checked in @TearDown(Level.Invocation),"
        + " both outside the measurement), 1 fork per configuration, "
        + (quick ? "1 warm-up and 2 measured iterations (quick run)"
            : WARMUPS + " warm-up and " + MEASURED + " measured iterations (W2 with 100"
                + " children: " + HEAVY_WARMUPS + " and " + HEAVY_MEASURED + ")")
        + ", fork JVM " + String.join(" ", FORK_JVM) + ". Each configuration has a fresh"
        + " database: a new SQLite file (foreign_keys=true) or a new schema of one PostgreSQL"
        + " server (embedded, on 127.0.0.1, unless -Dsluice.bench.pgUrl names another). All"
        + " contenders use the same HikariCP pool"
        + " (2 connections) and default driver settings.\n\n"
        + "- **Jdbi**: hand-written SQL, the practical limit: JDBC batches (PreparedBatch),"
        + " generated keys from the batch on PostgreSQL (on SQLite, whose driver returns none"
        + " for a batch, consecutive ids ending at last_insert_rowid()), and deletes by key"
        + " sets (`= ANY(array)` on PostgreSQL, one IN list on SQLite); each workload loads"
        + " what the ORMs load.\n"
        + "- **Sluice**: sessions and generated DAOs, set-based deletes on (the default).\n"
        + "- **Hibernate**: " + org.hibernate.Version.getVersionString() + ", native Session;"
        + " hibernate.jdbc.batch_size=" + HibernateContender.BATCH + ", order_inserts,"
        + " order_updates, default_batch_fetch_size=" + HibernateContender.BATCH + ", pooled"
        + " sequence ids (allocation 100; on SQLite Hibernate keeps the sequence in a table),"
        + " `CascadeType.ALL` + `orphanRemoval` on children, `@ManyToMany` to tags;"
        + " SQLiteDialect from hibernate-community-dialects. W5 uses HQL bulk deletes (children"
        + " first; Hibernate clears the join-table rows itself).\n"
        + "- W1 objects are built in the setup; the measurement is add/persist + commit.";
  }

  private static String value(List<String> options, String name, String fallback) {
    return options.stream().filter(o -> o.startsWith(name + "=")).findFirst()
        .map(o -> o.substring(name.length() + 1)).orElse(fallback);
  }
}
