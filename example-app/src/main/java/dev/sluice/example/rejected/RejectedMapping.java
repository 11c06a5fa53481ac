package dev.sluice.example.rejected;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A mapping that Sluice rejects when it compiles: its Java source and javac's error, both kept
 * as resources. A test compiles the source and checks that the error is still this text.
 */
public record RejectedMapping(String className, String title, String sqlalchemy) {
  /** The mappings SQLAlchemy accepts until run time and Sluice refuses at compile time. */
  public static final List<RejectedMapping> ALL = List.of(
      new RejectedMapping("ManyLogDeletable",
          "delete-orphan on a many-to-many without singleParent",
          "The notes' last cell: ManyLogDeletable puts cascade='all, delete-orphan' on the"
              + " backref of a many-to-many. SQLAlchemy accepts the class and fails only when"
              + " the mappers are configured at run time, at the first Person(...): \"On"
              + " Person.manylogsdel, delete-orphan cascade is not supported on a many-to-many"
              + " or many-to-one relationship when single_parent is not set.\""),
      new RejectedMapping("Widget",
          "a dependency cycle without postUpdate",
          "The widgets of SQLAlchemy's docs without post_update: widget and entry reference"
              + " each other, so no order of INSERTs works. SQLAlchemy finds out at the first"
              + " flush, with a CircularDependencyError."));

  /** The file name javac reports, such as {@code Widget.java}. */
  public String fileName() {
    return className + ".java";
  }

  /** The source text of the mapping. */
  public String source() {
    return resource(fileName());
  }

  /** The fully qualified name of the source's class, from its package declaration. */
  public String qualifiedName() {
    String firstLine = source().lines().findFirst().orElseThrow();
    return firstLine.replace("package ", "").replace(";", "").trim() + "." + className;
  }

  /** javac's error, as {@code File.java:LINE: error: MESSAGE}. */
  public String error() {
    return resource(className + ".error.txt").trim();
  }

  private static String resource(String name) {
    try (InputStream in = RejectedMapping.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
