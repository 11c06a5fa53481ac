package dev.sluice.bench.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the Java sources of a synthetic model: {@code n} entities in a chain, each with a
 * many-to-one to the one before it and the inverse one-to-many (cascading as the {@link Shape}
 * says), plus a schema listing them all.
 */
final class ModelGenerator {
  static final String PACKAGE = "gen.model";

  /** How the one-to-many of each entity to the next one cascades. */
  enum Shape {
    /** The default cascade (save-update, merge): deleting a row sets its children's key NULL. */
    CHAIN,
    /** Every cascade, DELETE included: deleting the first row deletes the whole chain. */
    CASCADE;

    static Shape parse(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT));
    }

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private ModelGenerator() {}

  /** Writes the sources under {@code dir} and returns their paths. */
  static List<Path> write(Path dir, int n, Shape shape) {
    try {
      Path pkg = dir.resolve(PACKAGE.replace('.', '/'));
      Files.createDirectories(pkg);
      List<Path> files = new ArrayList<>();
      StringBuilder entities = new StringBuilder();
      for (int i = 0; i < n; i++) {
        Path file = pkg.resolve(name(i) + ".java");
        Files.writeString(file, entity(i, n, shape));
        files.add(file);
        entities.append(i == 0 ? "" : ", ").append(name(i)).append(".class");
      }
      Path schema = pkg.resolve("GenSchema.java");
      Files.writeString(schema, "package " + PACKAGE + ";\n\n"
          + "import dev.sluice.annotations.Schema;\n\n"
          + "/** The generated model. */\n"
          + "@Schema(entities = {" + entities + "})\n"
          + "public interface GenSchema {}\n");
      files.add(schema);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String name(int i) {
    return String.format(Locale.ROOT, "Entity%03d", i);
  }

  private static String entity(int i, int n, Shape shape) {
    String self = name(i);
    StringBuilder s = new StringBuilder();
    s.append("package ").append(PACKAGE).append(";\n\n")
        .append("import dev.sluice.annotations.*;\n")
        .append("import dev.sluice.runtime.*;\n\n")
        .append("/** Entity ").append(i).append(" of the chain. */\n")
        .append("@Entity(table = \"entity_").append(i).append("\")\n")
        .append("public class ").append(self).append(" {\n")
        .append("  @Id @GeneratedValue public Long id;\n")
        .append("  @Column(nullable = false, length = 80) public String name;\n")
        .append("  public int amount;\n")
        .append("  public java.time.LocalDate created;\n");
    if (i > 0) {
      String previous = name(i - 1);
      s.append("  @ForeignKey(entity = ").append(previous).append(".class) public Long previousId;\n")
          .append("  @Relationship(backPopulates = \"nexts\")\n")
          .append("  public final RelatedRef<").append(previous).append("> previous = ")
          .append(self).append("_.previous(this);\n");
    }
    if (i < n - 1) {
      String next = name(i + 1);
      s.append("  @Relationship(backPopulates = \"previous\"")
          .append(shape == Shape.CASCADE ? ", cascade = Cascade.ALL)\n" : ")\n")
          .append("  public final RelatedList<").append(next).append("> nexts = ")
          .append(self).append("_.nexts(this);\n");
    }
    return s.append("}\n").toString();
  }
}
