package dev.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which of the runtime's packages may refer to which, read from the main sources' imports and
 * qualified names: the user-facing descriptors in {@code meta} and the helpers in
 * {@code support} know nothing of the implementation in {@code internal}, so no import circle
 * runs through them, and the API package reaches the implementation only where it must.
 */
class PackageDependencyTest {
  private static final String ROOT = "dev.sluice.runtime";
  private static final Pattern REFERENCE =
      Pattern.compile("\\bdev\\.sluice\\.runtime\\.(?:(internal|meta|support)\\.)?([A-Z]\\w*)");
  private static final Pattern NOISE =
      Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"");

  /** Each main source by its name relative to the runtime's package ({@code meta/Relation}). */
  private static Map<String, String> sources() {
    Path root = Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
        "src/main/java/dev/sluice/runtime");
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
        String name = root.relativize(p).toString().replace('\\', '/').replace(".java", "");
        files.put(name, NOISE.matcher(Files.readString(p)).replaceAll(""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static String packageOf(String source) {
    int slash = source.lastIndexOf('/');
    return slash < 0 ? "" : source.substring(0, slash);
  }

  /** Source → the runtime classes of other packages it names, as {@code pkg/Class}. */
  private static Map<String, Set<String>> references() {
    Map<String, Set<String>> out = new TreeMap<>();
    sources().forEach((source, text) -> {
      Set<String> names = new TreeSet<>();
      Matcher m = REFERENCE.matcher(text);
      while (m.find()) {
        String pkg = m.group(1) == null ? "" : m.group(1);
        if (!pkg.equals(packageOf(source))) {
          names.add(pkg.isEmpty() ? m.group(2) : pkg + "/" + m.group(2));
        }
      }
      out.put(source, names);
    });
    return out;
  }

  @Test
  void metaAndSupportNeverReachTheImplementation() {
    Map<String, Set<String>> found = new TreeMap<>();
    references().forEach((source, names) -> {
      if (packageOf(source).equals("meta") || packageOf(source).equals("support")) {
        names.stream().filter(n -> n.startsWith("internal/"))
            .forEach(n -> found.computeIfAbsent(source, k -> new TreeSet<>()).add(n));
      }
    });
    assertEquals(Map.of(), found);
  }

  @Test
  void supportIsALeaf() {
    Map<String, Set<String>> found = new TreeMap<>();
    references().forEach((source, names) -> {
      if (packageOf(source).equals("support") && !names.isEmpty()) {
        found.put(source, names);
      }
    });
    assertEquals(Map.of(), found);
  }

  /**
   * The holders and every other API type but two are free of the implementation: the factory
   * opens sessions (and a session names its factory, the one circle left, which an API that
   * returns its factory implies) and the dialect checks values by the rules the flush shares.
   */
  @Test
  void theApiReachesTheImplementationOnlyWhereItMust() {
    Set<String> reaching = new TreeSet<>();
    references().forEach((source, names) -> {
      if (packageOf(source).isEmpty()
          && names.stream().anyMatch(n -> n.startsWith("internal/"))) {
        reaching.add(source);
      }
    });
    assertEquals(Set.of("Dialect", "SessionFactory"), reaching);
  }

  @Test
  void theScanSeesEveryPackage() {
    Set<String> packages = new TreeSet<>();
    sources().keySet().forEach(s -> packages.add(packageOf(s)));
    assertTrue(packages.containsAll(Set.of("", "internal", "meta", "support")), packages::toString);
    assertTrue(references().get("internal/Holder").contains("meta/Relation"),
        "the scan finds imports");
  }
}
