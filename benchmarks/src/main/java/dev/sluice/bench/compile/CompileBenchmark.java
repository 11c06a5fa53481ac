package dev.sluice.bench.compile;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac time for synthetic models with and without the Sluice processor, in this JVM (the
 * compiler is warmed up first). "Without" compiles the entities together with the sources the
 * processor generated for them, with annotation processing off: the same code reaches the same
 * class files, so the difference is the processor's own work and its extra round. Besides the
 * elapsed time it reports the CPU time of the compiling thread, which a machine loaded by other
 * work distorts far less.
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

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final String classpath;
  private final String processorPath;

  public CompileBenchmark(String classpath, String processorPath) {
    this.classpath = classpath;
    this.processorPath = processorPath;
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
      options.addAll(List.of("-processorpath", processorPath, "-s", generated.toString()));
    } else {
      options.add("-proc:none");
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    long start = System.nanoTime();
    long startCpu = THREADS.getCurrentThreadCpuTime();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      ok = javac.getTask(diagnostics, files, null, options, null, units).call();
    }
    double cpuMs = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6;
    double ms = (System.nanoTime() - start) / 1e6;
    if (!ok) {
      throw new IllegalStateException("javac failed:\n" + diagnostics);
    }
    return new double[] {ms, cpuMs};
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
   * {@code -Dshapes=chain,cascade} (the default).
   */
  public static void main(String[] args) throws IOException {
    String cp = System.getProperty("java.class.path");
    int[] sizes = args.length == 0 ? new int[] {25, 100, 400}
        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    List<String> shapes = List.of(System.getProperty("shapes", "chain,cascade").split(","));
    new CompileBenchmark(jarsBeside(cp, "compile-classpath"), jarsBeside(cp, "processor-path"))
        .run(shapes, sizes, Integer.getInteger("jitWarmups", 4), 1,
            Integer.getInteger("repetitions", 3))
        .forEach(r -> System.out.printf(Locale.ROOT,
            "RESULT %s %d %d %d %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f%n", r.shape(),
            r.entities(), r.generatedFiles(), r.generatedBytes(), r.plainMs(), r.plainMin(),
            r.withMs(), r.withMin(), r.plainCpuMs(), r.withCpuMs(), r.roundOverheadMedian(),
            r.roundOverheadMin(), r.roundOverheadMax()));
  }
}
