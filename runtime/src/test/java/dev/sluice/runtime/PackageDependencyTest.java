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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which of the runtime's classes and packages refer to which, read from the main sources
 * (imports, qualified names, and same-package class names; comments and strings left out).
 *
 * <p>Every package is its own layer, {@code internal}'s role packages included: each names
 * exactly the packages pinned in {@link #EDGES}, all of them in lower {@link #LAYERS}, so the
 * packages form no circle. The one exception is pinned in {@link #UPWARD}: the API's entry
 * point {@code SessionFactory} opens sessions through the implementation's
 * {@code SessionConfig}. No circle of class references crosses a package boundary.
 */
class PackageDependencyTest {
  private static final Pattern QUALIFIED =
      Pattern.compile("\\bdev\\.sluice\\.runtime\\.((?:[a-z]\\w*\\.)*)([A-Z]\\w*)");
  private static final Pattern NOISE =
      Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])'");
  private static final Pattern HEADER = Pattern.compile("(?m)^(?:package|import)\\s[^;]*;");

  /**
   * The packages from the bottom up ({@code ""} is the API): a package names only packages of
   * lower layers. The session façade {@code internal} wires the role packages below it: object
   * state and statements at the bottom, then the holders, the delete cascade, and loading and
   * the unit of work, which reach the session through interfaces of their own packages
   * ({@code SessionContext}, {@code DeletingSession}, {@code LoadingSession},
   * {@code FlushingSession}) that {@code SessionImpl} implements.
   */
  private static final List<List<String>> LAYERS = List.of(
      List.of("support"),
      List.of("meta"),
      List.of(""),
      List.of("generated"),
      List.of("internal/state", "internal/sql"),
      List.of("internal/holder"),
      List.of("internal/delete"),
      List.of("internal/load", "internal/flush"),
      List.of("internal"));

  /** Exactly the packages each package names, leaving out the references in {@link #UPWARD}. */
  private static final Map<String, Set<String>> EDGES = Map.ofEntries(
      Map.entry("support", Set.of()),
      Map.entry("meta", Set.of()),
      Map.entry("", Set.of("meta")),
      Map.entry("generated", Set.of("", "meta", "support")),
      Map.entry("internal/state", Set.of("", "generated", "meta")),
      Map.entry("internal/sql", Set.of("", "generated", "meta", "support")),
      Map.entry("internal/holder", Set.of("", "generated", "internal/state", "meta")),
      Map.entry("internal/delete", Set.of("", "generated", "internal/holder", "internal/sql",
          "internal/state", "meta")),
      Map.entry("internal/load", Set.of("", "generated", "internal/delete", "internal/holder",
          "internal/sql", "internal/state", "meta")),
      Map.entry("internal/flush", Set.of("", "generated", "internal/delete", "internal/holder",
          "internal/sql", "internal/state", "meta")),
      Map.entry("internal", Set.of("", "generated", "internal/delete", "internal/flush",
          "internal/holder", "internal/load", "internal/sql", "internal/state", "meta")));

  /**
   * The only references from a package to one that depends on it, class to class: the API's
   * entry point opens sessions, so it names the one class of their implementation that opens
   * them (the implementation implements the API's interfaces and throws its exceptions).
   */
  private static final Map<String, String> UPWARD = Map.of(
      "SessionFactory", "internal/SessionConfig");

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

  /** The package of a source: {@code internal/flush} for {@code internal/flush/UnitOfWork}. */
  private static String packageOf(String source) {
    int slash = source.lastIndexOf('/');
    return slash < 0 ? "" : source.substring(0, slash);
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
        String name = m.group(1).replace('.', '/') + m.group(2);
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
        if (!target.equals(packageOf(source)) && !name.equals(UPWARD.get(source))) {
          targets.add(target);
        }
      }
    });
    return out;
  }

  /** The class references behind the package edges among {@code packages}, one a line. */
  private static String classesBetween(Set<String> packages, Map<String, Set<String>> references) {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(references).forEach((source, names) -> new TreeSet<>(names).stream()
        .filter(name -> !packageOf(name).equals(packageOf(source)))
        .filter(name -> packages.contains(packageOf(source)) && packages.contains(packageOf(name)))
        .filter(name -> !name.equals(UPWARD.get(source)))
        .forEach(name -> out.append("\n  ").append(source).append(" → ").append(name)));
    return out.toString();
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

  /**
   * The packages form no circle once the pinned upward reference is set aside; a failure names
   * the class references that close each circle.
   */
  @Test
  void packagesFormNoCircle() {
    Map<String, Set<String>> references = references();
    List<Set<String>> circles = circles(packages(references));
    assertTrue(circles.isEmpty(), () -> circles.stream()
        .map(circle -> "packages " + circle + " form a circle through:"
            + classesBetween(circle, references))
        .collect(Collectors.joining("\n")));
  }

  /**
   * Each package names exactly the packages pinned for it: a new edge fails here with the
   * classes that make it (pin it in {@link #EDGES} only if it goes down the {@link #LAYERS}).
   */
  @Test
  void eachPackageNamesThePinnedPackages() {
    Map<String, Set<String>> references = references();
    Map<String, Set<String>> found = packages(references);
    StringBuilder unpinned = new StringBuilder();
    found.forEach((from, targets) -> targets.stream()
        .filter(to -> !EDGES.getOrDefault(from, Set.of()).contains(to))
        .forEach(to -> unpinned.append("\nnew edge '").append(from).append("' → '").append(to)
            .append("':").append(classesBetween(Set.of(from, to), references))));
    EDGES.forEach((from, targets) -> targets.stream()
        .filter(to -> !found.getOrDefault(from, Set.of()).contains(to))
        .forEach(to -> unpinned.append("\nedge '").append(from).append("' → '").append(to)
            .append("' is pinned but gone: unpin it")));
    assertEquals("", unpinned.toString());
  }

  /** Package → its index in {@link #LAYERS}, lowest first. */
  private static Map<String, Integer> layerOf() {
    Map<String, Integer> layer = new TreeMap<>();
    for (int i = 0; i < LAYERS.size(); i++) {
      for (String pkg : LAYERS.get(i)) {
        layer.put(pkg, i);
      }
    }
    return layer;
  }

  /** Every pinned edge goes down the layers, so the pinned graph has no circle either. */
  @Test
  void thePinnedEdgesGoDownTheLayers() {
    Map<String, Integer> layer = layerOf();
    assertEquals(EDGES.keySet(), layer.keySet(), "every package is in one layer");
    List<String> upward = new ArrayList<>();
    EDGES.forEach((from, targets) -> targets.stream()
        .filter(to -> layer.get(to) >= layer.get(from))
        .forEach(to -> upward.add("'" + from + "' → '" + to + "'")));
    assertEquals(List.of(), upward);
  }

  /** Exactly the pinned classes refer upward, so a new upward reference fails here. */
  @Test
  void onlyThePinnedClassesReferUpward() {
    Map<String, Integer> layer = layerOf();
    Map<String, String> upward = new TreeMap<>();
    references().forEach((source, names) -> names.stream()
        .filter(name -> !packageOf(name).equals(packageOf(source)))
        .filter(name -> layer.get(packageOf(name)) >= layer.get(packageOf(source)))
        .forEach(name -> upward.put(source, name)));
    assertEquals(new TreeMap<>(UPWARD), upward);
  }

  /**
   * The role packages below the session ({@code internal/flush}…) name no class of
   * {@code internal} itself: they reach the session through their own interfaces.
   */
  @Test
  void rolePackagesDoNotNameTheSession() {
    Map<String, Set<String>> found = new TreeMap<>();
    references().forEach((source, names) -> {
      if (packageOf(source).startsWith("internal/")) {
        names.stream().filter(n -> packageOf(n).equals("internal"))
            .forEach(n -> found.computeIfAbsent(source, k -> new TreeSet<>()).add(n));
      }
    });
    assertEquals(Map.of(), found);
  }

  @Test
  void onlyTheEntryPointReachesTheImplementation() {
    Map<String, Set<String>> found = new TreeMap<>();
    references().forEach((source, names) -> {
      if (!isImplementation(source) && !source.equals("SessionFactory")) {
        names.stream().filter(PackageDependencyTest::isImplementation)
            .forEach(n -> found.computeIfAbsent(source, k -> new TreeSet<>()).add(n));
      }
    });
    assertEquals(Map.of(), found);
  }

  private static boolean isImplementation(String source) {
    return packageOf(source).equals("internal") || packageOf(source).startsWith("internal/");
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
    assertEquals(new TreeSet<>(EDGES.keySet()), packages);
    Map<String, Set<String>> references = references();
    assertTrue(references.get("internal/holder/Holder").contains("meta/Relation"), "imports");
    assertTrue(references.get("internal/flush/UnitOfWork").contains("internal/flush/FlushWork"),
        "same-package names");
    assertTrue(references.get("internal/flush/UnitOfWork")
        .contains("internal/delete/DeleteCascade"), "imports of a role package");
    assertTrue(references.get("SessionFactory").contains("internal/SessionConfig"),
        "the entry point");
    assertEquals(List.of(Set.of("Dialect", "internal/ValueRules")),
        circles(Map.of("Dialect", Set.of("internal/ValueRules", "meta/Column"),
            "internal/ValueRules", Set.of("Dialect"), "meta/Column", Set.of())));
    Map<String, Set<String>> circle = Map.of(
        "internal/state/InstanceState", Set.of("internal/SessionImpl"),
        "internal/SessionImpl", Set.of("internal/state/InstanceState"));
    assertEquals(List.of(Set.of("internal", "internal/state")), circles(packages(circle)));
    assertEquals("\n  internal/SessionImpl → internal/state/InstanceState"
        + "\n  internal/state/InstanceState → internal/SessionImpl",
        classesBetween(Set.of("internal", "internal/state"), circle));
  }
}
