package dev.sluice.bench.compile;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac time for synthetic models with and without the Sluice processor. "Without" compiles the entities together with the sources the
 * processor generated for them, with annotation processing off: the same code reaches the same
 * class files, so the difference is the processor's own work and its extra round. Besides the
 * elapsed time it reports CPU time (the compiling thread's, or a {@code javac} process's), which
 * a machine loaded by other work distorts far less.
 *
 * <p>How javac and the processor are run is the {@link ProcessorLoading} given: a new {@code
 * javac} process per compile, both cold as in one build; or javac warmed up in this JVM, with
 * the processor loaded afresh each compile or kept warm beside it.
 */
public final class CompileBenchmark {
  /**
   * The median and spread of one shape and size, the median CPU time of the compiling thread,
   * the CPU overhead of each round (the two variants of a round run back to back, so a
   * machine that slows between rounds shifts both), and what the processor generated.
   */
  public record Result(String shape, int entities, long generatedFiles, long generatedBytes,
      double plainMs, double plainMin, double withMs, double withMin, double plainCpuMs,
      double withCpuMs, double roundOverheadMedian, double roundOverheadMin,
      double roundOverheadMax) {
    /** Without CPU times (they read as NaN). */
    public Result(String shape, int entities, long generatedFiles, long generatedBytes,
        double plainMs, double plainMin, double withMs, double withMin) {
      this(shape, entities, generatedFiles, generatedBytes, plainMs, plainMin, withMs, withMin,
          Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    public double overheadMs() {
      return withMs - plainMs;
    }

    public double overheadPercent() {
      return 100 * overheadMs() / plainMs;
    }

    /** The overhead in CPU time of the compiling thread. */
    public double cpuOverheadPercent() {
      return 100 * (withCpuMs - plainCpuMs) / plainCpuMs;
    }
  }

  /** How javac runs and where it finds the processor on each compile. */
  public enum ProcessorLoading {
    /**
     * A new {@code javac} process for every compile: javac and the processor both start cold,
     * as in a build that runs javac once. Times are elapsed, and CPU is the process's user and
     * system time (every thread, the JIT compilers' and the collector's included).
     */
    PROCESS,
    /**
     * {@code -processorpath}: javac opens the jars in a new class loader every compile, so the
     * processor and JavaPoet are loaded, verified and interpreted afresh while javac itself
     * runs warmed up, as in a build daemon that keeps javac but not the processor.
     */
    COLD,
    /**
     * One class loader for the whole run, a new processor instance per compile: the processor
     * is warmed up like javac, so the overhead is its work and javac's extra rounds.
     */
    WARM
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final String classpath;
  private final String processorPath;
  private final ProcessorLoading loading;
  private final ClassLoader warmLoader;

  public CompileBenchmark(String classpath, String processorPath, ProcessorLoading loading) {
    this.classpath = classpath;
    this.processorPath = processorPath;
    this.loading = loading;
    this.warmLoader = loading == ProcessorLoading.WARM ? classLoader(processorPath) : null;
  }

  private static ClassLoader classLoader(String path) {
    List<URL> urls = new ArrayList<>();
    for (String jar : path.split(File.pathSeparator)) {
      try {
        urls.add(Path.of(jar).toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("Not a jar path: " + jar, e);
      }
    }
    // The parent javac gives a -processorpath loader: the application class loader.
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getSystemClassLoader());
  }

  /**
   * The jars in a folder beside the benchmark jar: {@code processor-path} (the processor and
   * JavaPoet) or {@code compile-classpath} (annotations, runtime, Jdbi).
   */
  public static String jarsBeside(String classpath, String folder) {
    Path jar = Path.of(classpath.split(File.pathSeparator)[0]).toAbsolutePath();
    Path dir = jar.getParent().resolve(folder);
    try (Stream<Path> jars = Files.list(dir)) {
      return String.join(File.pathSeparator, jars.map(Path::toString).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("No processor jars in " + dir
          + "; build with mvn -pl benchmarks -am package", e);
    }
  }

  /**
   * Warms javac up on the first shape and size ({@code jitWarmups} rounds), then for each shape
   * and size runs {@code warmups} unmeasured rounds and {@code repetitions} measured ones.
   * Each round compiles both variants, and the variant that goes first alternates from round
   * to round, so neither always inherits the other's garbage.
   */
  public List<Result> run(List<String> shapes, int[] sizes, int jitWarmups, int warmups,
      int repetitions) throws IOException {
    measure(ModelGenerator.Shape.parse(shapes.get(0)), sizes[0], jitWarmups, 1);
    List<Result> results = new ArrayList<>();
    for (String shape : shapes) {
      for (int size : sizes) {
        Result result = measure(ModelGenerator.Shape.parse(shape), size, warmups, repetitions);
        results.add(result);
        System.out.printf(Locale.ROOT, "compile %s of %d entities: without %.0f ms, with"
            + " processor %.0f ms (overhead %.0f%%; CPU %.0f and %.0f ms, overhead %.0f%%;"
            + " CPU overhead per round: median %.0f%%, range %.0f%% to %.0f%%), %d files and"
            + " %,d bytes generated%n", shape, size, result.plainMs(), result.withMs(),
            result.overheadPercent(), result.plainCpuMs(), result.withCpuMs(),
            result.cpuOverheadPercent(), result.roundOverheadMedian(),
            result.roundOverheadMin(), result.roundOverheadMax(), result.generatedFiles(),
            result.generatedBytes());
      }
    }
    return results;
  }

  private Result measure(ModelGenerator.Shape shape, int size, int warmups, int repetitions)
      throws IOException {
    {
      Path dir = Files.createTempDirectory("sluice-compile-" + size);
      try {
        List<Path> sources = ModelGenerator.write(dir.resolve("src"), size, shape);
        Path generated = dir.resolve("generated");
        compile(sources, dir.resolve("classes-0"), generated, true);
        List<Path> all = new ArrayList<>(sources);
        long generatedBytes = 0;
        long generatedFiles = 0;
        try (Stream<Path> files = Files.walk(generated)) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            generatedFiles++; // sources and the schema's report
            generatedBytes += Files.size(file);
            if (file.toString().endsWith(".java")) {
              all.add(file);
            }
          }
        }
        double[] plain = new double[repetitions];
        double[] with = new double[repetitions];
        double[] plainCpu = new double[repetitions];
        double[] withCpu = new double[repetitions];
        double[] roundOverhead = new double[repetitions];
        for (int r = -warmups; r < repetitions; r++) {
          Path out = dir.resolve("classes" + (r + warmups + 1));
          boolean plainFirst = (r & 1) == 0;
          double[] p = plainFirst ? compile(all, out.resolve("plain"), null, false) : null;
          double[] w = compile(sources, out.resolve("with"), out.resolve("gen"), true);
          if (!plainFirst) {
            p = compile(all, out.resolve("plain"), null, false);
          }
          if (r >= 0) {
            System.out.printf(Locale.ROOT, "  round %d (%s first): CPU without %.0f ms, with %.0f"
                + " ms%n", r + 1, plainFirst ? "without" : "with", p[1], w[1]);
            plain[r] = p[0];
            with[r] = w[0];
            plainCpu[r] = p[1];
            withCpu[r] = w[1];
            roundOverhead[r] = 100 * (w[1] - p[1]) / p[1];
          }
          deleteTree(out);
        }
        return new Result(shape.label(), size, generatedFiles, generatedBytes, median(plain),
            min(plain), median(with), min(with), median(plainCpu), median(withCpu),
            median(roundOverhead), min(roundOverhead), max(roundOverhead));
      } finally {
        deleteTree(dir);
      }
    }
  }

  /** Elapsed and CPU milliseconds of one javac run. */
  private double[] compile(List<Path> sources, Path out, Path generated, boolean processor)
      throws IOException {
    Files.createDirectories(out);
    List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-classpath",
        classpath, "-implicit:none", "-Xlint:none"));
    if (processor) {
      Files.createDirectories(generated);
      options.addAll(List.of("-s", generated.toString()));
      if (warmLoader == null) {
        options.addAll(List.of("-processorpath", processorPath));
      }
    } else {
      options.add("-proc:none");
    }
    if (loading == ProcessorLoading.PROCESS) {
      return compileInNewProcess(sources, options);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    // Each compile starts on an empty heap rather than paying for the garbage of the last.
    System.gc();
    long start = System.nanoTime();
    long startCpu = THREADS.getCurrentThreadCpuTime();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      JavaCompiler.CompilationTask task =
          javac.getTask(diagnostics, files, null, options, null, units);
      if (processor && warmLoader != null) {
        List<Processor> processors = new ArrayList<>();
        ServiceLoader.load(Processor.class, warmLoader).forEach(processors::add);
        task.setProcessors(processors);
      }
      ok = task.call();
    }
    double cpuMs = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6;
    double ms = (System.nanoTime() - start) / 1e6;
    if (!ok) {
      throw new IllegalStateException("javac failed:\n" + diagnostics);
    }
    return new double[] {ms, cpuMs};
  }

  /** Elapsed and CPU milliseconds of a {@code javac} process, as {@code /usr/bin/time} saw it. */
  private static double[] compileInNewProcess(List<Path> sources, List<String> options)
      throws IOException {
    Path arguments = Files.createTempFile("javac", ".args");
    Path times = Files.createTempFile("javac", ".time");
    try {
      List<String> lines = new ArrayList<>(options);
      sources.forEach(source -> lines.add(source.toString()));
      Files.write(arguments, lines);
      String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
      Process process = new ProcessBuilder("/usr/bin/time", "-o", times.toString(), "-f",
          "%e %U %S", javac, "@" + arguments).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException("javac failed:\n" + output);
      }
      String[] fields = Files.readString(times).trim().split("\\s+");
      return new double[] {1000 * Double.parseDouble(fields[0]),
          1000 * (Double.parseDouble(fields[1]) + Double.parseDouble(fields[2]))};
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while javac ran", e);
    } finally {
      Files.deleteIfExists(arguments);
      Files.deleteIfExists(times);
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the compile benchmark alone: {@code [sizes…]} (default 25 100 400), for the shapes
   * {@code -Dshapes=chain,cascade} (the default), javac and the processor run as {@code
   * -Dprocessor=process}, {@code cold} (the default) or {@code warm}.
   */
  public static void main(String[] args) throws IOException {
    String cp = System.getProperty("java.class.path");
    int[] sizes = args.length == 0 ? new int[] {25, 100, 400}
        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    List<String> shapes = List.of(System.getProperty("shapes", "chain,cascade").split(","));
    ProcessorLoading loading = ProcessorLoading.valueOf(
        System.getProperty("processor", "cold").toUpperCase(Locale.ROOT));
    System.out.println("processor loaded " + loading.name().toLowerCase(Locale.ROOT));
    new CompileBenchmark(jarsBeside(cp, "compile-classpath"), jarsBeside(cp, "processor-path"),
        loading).run(shapes, sizes, Integer.getInteger("jitWarmups", 4), 1,
            Integer.getInteger("repetitions", 3))
        .forEach(r -> System.out.printf(Locale.ROOT,
            "RESULT %s %d %d %d %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f%n", r.shape(),
            r.entities(), r.generatedFiles(), r.generatedBytes(), r.plainMs(), r.plainMin(),
            r.withMs(), r.withMin(), r.plainCpuMs(), r.withCpuMs(), r.roundOverheadMedian(),
            r.roundOverheadMin(), r.roundOverheadMax()));
  }
}
