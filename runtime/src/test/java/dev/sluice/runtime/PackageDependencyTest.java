package dev.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which of the runtime's classes and packages refer to which, read from the main sources
 * (imports, qualified names, and same-package class names; comments and strings left out).
 *
 * <p>No circle of references crosses a package boundary, and the packages form no circle
 * except through the few edges pinned in {@link #UPWARD}: the entry point
 * {@code SessionFactory} constructs the implementation that implements the API, and two
 * descriptors read the API's {@code Dialect} and exception.
 */
class PackageDependencyTest {
  private static final Pattern QUALIFIED =
      Pattern.compile("\\bdev\\.sluice\\.runtime\\.(?:([a-z]\\w*)\\.)?([A-Z]\\w*)");
  private static final Pattern NOISE =
      Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])'");
  private static final Pattern HEADER = Pattern.compile("(?m)^(?:package|import)\\s[^;]*;");

  /**
   * The only references from a package to one that depends on it, by class: each is a
   * deliberate exception, and any other such reference fails {@link #packagesFormNoCircle}.
   */
  private static final Map<String, String> UPWARD = Map.of(
      // The API's entry point opens sessions, so it names their implementation (which
      // implements the API's interfaces and throws its exceptions).
      "SessionFactory", "internal",
      // The DDL of a table is per dialect, and users read it by dialect.
      "meta/TableDdl", "",
      // Looking up a class that is not an entity of the schema is the user's mistake.
      "meta/SchemaMetadata", "");

  /** Each main source by its name relative to the runtime's package ({@code meta/Relation}). */
  private static Map<String, String> sources() {
    Path root = Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
        "src/main/java/dev/sluice/runtime");
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
        String name = root.relativize(p).toString().replace('\\', '/').replace(".java", "");
        if (!name.endsWith("package-info")) {
          files.put(name, NOISE.matcher(Files.readString(p)).replaceAll(""));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * The package of a source, where {@code internal}'s role packages ({@code internal/flush}…)
   * count as {@code internal}: they still refer to {@code SessionImpl}, so they are checked as
   * one layer.
   */
  private static String packageOf(String source) {
    int slash = source.lastIndexOf('/');
    String name = slash < 0 ? "" : source.substring(0, slash);
    return name.startsWith("internal/") ? "internal" : name;
  }

  private static String simpleName(String source) {
    return source.substring(source.lastIndexOf('/') + 1);
  }

  /** Source → the runtime sources it names, in any package (itself left out). */
  private static Map<String, Set<String>> references() {
    Map<String, String> sources = sources();
    Map<String, Set<String>> out = new TreeMap<>();
    sources.forEach((source, text) -> {
      Set<String> names = new TreeSet<>();
      Matcher m = QUALIFIED.matcher(text);
      while (m.find()) {
        String name = m.group(1) == null ? m.group(2) : m.group(1) + "/" + m.group(2);
        if (sources.containsKey(name)) {
          names.add(name);
        }
      }
      String body = HEADER.matcher(text).replaceAll("");
      for (String other : sources.keySet()) {
        if (packageOf(other).equals(packageOf(source))
            && Pattern.compile("\\b" + simpleName(other) + "\\b").matcher(body).find()) {
          names.add(other);
        }
      }
      names.remove(source);
      out.put(source, names);
    });
    return out;
  }

  /** The package graph: package → the packages its classes name, but for {@link #UPWARD}. */
  private static Map<String, Set<String>> packages(Map<String, Set<String>> references) {
    Map<String, Set<String>> out = new TreeMap<>();
    references.forEach((source, names) -> {
      Set<String> targets = out.computeIfAbsent(packageOf(source), k -> new TreeSet<>());
      for (String name : names) {
        String target = packageOf(name);
        if (!target.equals(packageOf(source)) && !target.equals(UPWARD.get(source))) {
          targets.add(target);
        }
      }
    });
    return out;
  }

  /** The strongly connected parts of a graph with more than one node (Tarjan). */
  static List<Set<String>> circles(Map<String, Set<String>> graph) {
    return new Circles(graph).find();
  }

  /** Tarjan's algorithm over a graph of names. */
  private static final class Circles {
    private final Map<String, Set<String>> graph;
    private final Map<String, Integer> index = new TreeMap<>();
    private final Map<String, Integer> low = new TreeMap<>();
    private final List<String> stack = new ArrayList<>();
    private final List<Set<String>> found = new ArrayList<>();

    Circles(Map<String, Set<String>> graph) {
      this.graph = graph;
    }

    List<Set<String>> find() {
      graph.keySet().forEach(v -> {
        if (!index.containsKey(v)) {
          visit(v);
        }
      });
      return found;
    }

    private void visit(String v) {
      index.put(v, index.size());
      low.put(v, index.get(v));
      stack.add(v);
      for (String w : graph.getOrDefault(v, Set.of())) {
        if (!index.containsKey(w)) {
          visit(w);
          low.put(v, Math.min(low.get(v), low.get(w)));
        } else if (stack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
      }
      if (low.get(v).equals(index.get(v))) {
        Set<String> part = new TreeSet<>();
        String w;
        do {
          w = stack.remove(stack.size() - 1);
          part.add(w);
        } while (!w.equals(v));
        if (part.size() > 1) {
          found.add(part);
        }
      }
    }
  }

  /**
   * No circle of class references runs through two packages (as {@code SessionFactory →
   * SessionImpl → Session → SessionFactory} or {@code Dialect ⇄ ValueRules} did): each class
   * circle stays inside one package.
   */
  @Test
  void noClassCircleCrossesAPackage() {
    List<Set<String>> crossing = circles(references()).stream()
        .filter(part -> part.stream().map(PackageDependencyTest::packageOf).distinct().count() > 1)
        .toList();
    assertEquals(List.of(), crossing);
  }

  /** The packages form no circle once the pinned upward references are set aside. */
  @Test
  void packagesFormNoCircle() {
    assertEquals(List.of(), circles(packages(references())));
  }

  /** Exactly the pinned classes refer upward, so a new upward reference fails here. */
  @Test
  void onlyThePinnedClassesReferUpward() {
    Map<String, Set<String>> references = references();
    Map<String, String> upward = new TreeMap<>();
    Map<String, Set<String>> layered = packages(references);
    references.forEach((source, names) -> names.stream().map(PackageDependencyTest::packageOf)
        .filter(target -> !target.equals(packageOf(source)))
        .filter(target -> layered.getOrDefault(target, Set.of()).contains(packageOf(source)))
        .forEach(target -> upward.put(source, target)));
    assertEquals(new TreeMap<>(UPWARD), upward);
  }

  @Test
  void onlyTheEntryPointReachesTheImplementation() {
    Map<String, Set<String>> found = new TreeMap<>();
    references().forEach((source, names) -> {
      if (!packageOf(source).equals("internal") && !source.equals("SessionFactory")) {
        names.stream().filter(n -> packageOf(n).equals("internal"))
            .forEach(n -> found.computeIfAbsent(source, k -> new TreeSet<>()).add(n));
      }
    });
    assertEquals(Map.of(), found);
  }

  @Test
  void supportIsALeaf() {
    Map<String, Set<String>> found = new TreeMap<>();
    references().forEach((source, names) -> {
      names.stream().filter(n -> packageOf(source).equals("support")
          && !packageOf(n).equals("support"))
          .forEach(n -> found.computeIfAbsent(source, k -> new TreeSet<>()).add(n));
    });
    assertEquals(Map.of(), found);
  }

  /** Guards that the scan reads every package and each kind of reference, and can fail. */
  @Test
  void theScanSeesEveryPackageAndCanFindACircle() {
    Set<String> packages = new TreeSet<>();
    sources().keySet().forEach(s -> packages.add(packageOf(s)));
    assertTrue(packages.containsAll(Set.of("", "generated", "internal", "meta", "support")),
        packages::toString);
    Map<String, Set<String>> references = references();
    assertTrue(references.get("internal/holder/Holder").contains("meta/Relation"), "imports");
    assertTrue(references.get("internal/flush/UnitOfWork").contains("internal/flush/FlushWork"),
        "same-package names");
    assertTrue(references.get("SessionFactory").contains("internal/SessionImpl"), "the entry point");
    assertEquals(List.of(Set.of("Dialect", "internal/ValueRules")),
        circles(Map.of("Dialect", Set.of("internal/ValueRules", "meta/Column"),
            "internal/ValueRules", Set.of("Dialect"), "meta/Column", Set.of())));
  }
}
