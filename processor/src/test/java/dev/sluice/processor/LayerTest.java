package dev.sluice.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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
 * The processor's packages are layers, data flowing one way: each package refers only to the
 * packages below it. Read from the main sources' imports and qualified names.
 */
class LayerTest {
  /** Bottom first; the empty name is {@code dev.sluice.processor} itself, which wires them. */
  private static final List<String> LAYERS =
      List.of("base", "parse", "model", "link", "validate", "plan", "write", "");
  private static final String ROOT = "dev.sluice.processor";
  private static final Pattern REFERENCE =
      Pattern.compile("\\bdev\\.sluice\\.processor\\.(\\w+)");
  /** A string or character literal ({@code '"'} must not open a string). */
  private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
  private static final Pattern STRING =
      Pattern.compile("'(?:\\\\.|[^'\\\\])'|\"(?:\\\\.|[^\"\\\\])*\"");

  private static Path sources() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
        "src/main/java/dev/sluice/processor");
  }

  /** Each main source by its path relative to the processor's package directory. */
  private static Map<String, String> files() {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(sources())) {
      walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.put(
          sources().relativize(p).toString().replace('\\', '/'), read(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The layer of a source: its directory below the processor's package, or "". */
  private static String layerOf(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /**
   * The layers a source refers to by import or qualified name; a name inside a string literal
   * (the processor's own name in {@code @Generated}) is no reference.
   */
  private static Set<String> references(String text) {
    Set<String> layers = new TreeSet<>();
    Matcher matcher = REFERENCE.matcher(STRING.matcher(text).replaceAll("\"\""));
    while (matcher.find()) {
      String first = matcher.group(1);
      // dev.sluice.processor.SluiceProcessor names a class of the root package
      layers.add(Character.isUpperCase(first.charAt(0)) ? "" : first);
    }
    return layers;
  }

  @Test
  void theLayersAreTheProcessorsPackages() {
    Set<String> found = new TreeSet<>();
    files().keySet().forEach(path -> found.add(layerOf(path)));
    assertWithMessage("packages of the processor's main sources")
        .that(found).containsExactlyElementsIn(LAYERS);
  }

  @Test
  void noPackageRefersToALayerAboveIt() {
    List<String> upward = new ArrayList<>();
    files().forEach((path, text) -> {
      int own = LAYERS.indexOf(layerOf(path));
      for (String layer : references(text)) {
        if (LAYERS.indexOf(layer) > own || LAYERS.indexOf(layer) < 0) {
          upward.add(path + " -> " + (layer.isEmpty() ? ROOT : ROOT + "." + layer));
        }
      }
    });
    assertWithMessage("references to a layer above").that(upward).isEmpty();
  }

  @Test
  void packagesFormNoCycle() {
    Map<String, Set<String>> edges = new TreeMap<>();
    files().forEach((path, text) -> {
      Set<String> out = edges.computeIfAbsent(layerOf(path), k -> new TreeSet<>());
      references(text).stream().filter(l -> !l.equals(layerOf(path))).forEach(out::add);
    });
    List<String> cycles = new ArrayList<>();
    for (String start : edges.keySet()) {
      if (reaches(edges, start, start, new HashSet<>())) {
        cycles.add(start.isEmpty() ? ROOT : ROOT + "." + start);
      }
    }
    assertWithMessage("packages on a dependency cycle").that(cycles).isEmpty();
  }

  /** Whether a path of one or more edges leads from {@code from} to {@code goal}. */
  private static boolean reaches(Map<String, Set<String>> edges, String from, String goal,
      Set<String> seen) {
    for (String next : edges.getOrDefault(from, Set.of())) {
      if (next.equals(goal) || seen.add(next) && reaches(edges, next, goal, seen)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Only parse reads annotations; the other layers get typed declarations. The wiring may hand
   * the parsers their {@code Mirrors}. Two bottom classes look at annotations without reading
   * Sluice's: Position finds the written value of an attribute to point at, Reporter reads
   * {@code @SuppressWarnings}.
   */
  @Test
  void onlyParseReadsAnnotations() {
    Set<String> allowed = Set.of("base/Position.java", "base/Reporter.java");
    Pattern reads = Pattern.compile("getElementValues\\(|getAnnotationMirrors\\("
        + "|getDefaultValue\\(|getAnnotation\\(|getAnnotationsByType\\(");
    Pattern usesMirrors = Pattern.compile("\\bMirrors\\b");
    List<String> readers = new ArrayList<>();
    files().forEach((path, text) -> {
      String layer = layerOf(path);
      if (layer.equals("parse") || allowed.contains(path)) {
        return;
      }
      if (reads.matcher(text).find() || !layer.isEmpty() && usesMirrors.matcher(text).find()) {
        readers.add(path);
      }
    });
    assertWithMessage("sources outside parse that read annotations").that(readers).isEmpty();
  }

  /**
   * Within the layers that read and link a schema, no two classes need each other (the
   * resolver of relations and the pairing of their sides once did). write is left out: its
   * metamodel writer and relation code still call each other.
   */
  @Test
  void classesFormNoCycleBelowThePlanner() {
    List<String> checked = List.of("base", "parse", "model", "link", "validate");
    Map<String, String> code = new TreeMap<>();
    files().forEach((path, text) -> {
      if (checked.contains(layerOf(path)) && !path.endsWith("package-info.java")) {
        code.put(path.replace(".java", ""), COMMENT.matcher(STRING.matcher(text)
            .replaceAll("\"\"")).replaceAll(" "));
      }
    });
    Map<String, Set<String>> edges = new TreeMap<>();
    code.forEach((name, text) -> {
      Set<String> out = edges.computeIfAbsent(name, k -> new TreeSet<>());
      for (String other : code.keySet()) {
        String simple = other.substring(other.indexOf('/') + 1);
        boolean samePackage = layerOf(other).equals(layerOf(name));
        boolean imported = text.contains("import " + ROOT + "." + other.replace('/', '.') + ";");
        if (!other.equals(name) && (samePackage || imported)
            && Pattern.compile("\\b" + simple + "\\b").matcher(text).find()) {
          out.add(other);
        }
      }
    });
    List<String> cyclic = new ArrayList<>();
    edges.keySet().stream().filter(c -> reaches(edges, c, c, new HashSet<>()))
        .forEach(cyclic::add);
    assertWithMessage("classes on a dependency cycle").that(cyclic).isEmpty();
  }

  /** The check itself must see an upward reference and a cycle when there is one. */
  @Test
  void theCheckSeesUpwardReferencesAndCycles() {
    assertWithMessage("references").that(references(
        "import dev.sluice.processor.model.Entity;\nx = dev.sluice.processor.SluiceProcessor.X;"
            + "\ny = \"dev.sluice.processor.plan.Quoted\";"))
        .containsExactly("model", "");
    Map<String, Set<String>> cyclic = Map.of("a", Set.of("b"), "b", Set.of("c"),
        "c", Set.of("a"));
    assertWithMessage("cycle a -> b -> c -> a")
        .that(reaches(cyclic, "a", "a", new HashSet<>())).isTrue();
    assertWithMessage("no cycle").that(reaches(Map.of("a", Set.of("b")), "a", "a",
        new HashSet<>())).isFalse();
  }
}
