package dev.sluice.processor.size;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.sluice.processor.SluiceProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated source grows linearly with the schema, also where a DELETE cascade is as deep as
 * the schema: each entity's flush plan refers to its children's plans instead of repeating
 * their statements (which made a chain of N entities generate O(N³) bytes).
 */
class GeneratedSizeTest {

  /** A chain of {@code n} entities, each cascading everything to the next one's rows. */
  static List<JavaFileObject> chain(int n) {
    List<JavaFileObject> sources = new ArrayList<>();
    StringBuilder entities = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String self = name(i);
      StringBuilder s = new StringBuilder("package chain; import dev.sluice.annotations.*;"
          + " import dev.sluice.runtime.*;\n@Entity(table = \"link_" + i + "\")\nclass " + self
          + " {\n  @Id @GeneratedValue Long id;\n  String label;\n");
      if (i > 0) {
        s.append("  @ForeignKey(entity = ").append(name(i - 1)).append(".class) Long upId;\n");
      }
      if (i < n - 1) {
        s.append("  @Relationship(cascade = Cascade.ALL) final RelatedList<").append(name(i + 1))
            .append("> next = ").append(self).append("_.next(this);\n");
      }
      sources.add(JavaFileObjects.forSourceString("chain." + self, s.append("}\n").toString()));
      entities.append(i == 0 ? "" : ", ").append(self).append(".class");
    }
    sources.add(JavaFileObjects.forSourceString("chain.ChainSchema", "package chain;"
        + " import dev.sluice.annotations.*;\n@Schema(entities = {" + entities + "})\n"
        + "interface ChainSchema {}\n"));
    return sources;
  }

  private static String name(int i) {
    return String.format(Locale.ROOT, "Link%03d", i);
  }

  /** The characters of every source the processor generated for a chain of {@code n}. */
  private static long generatedSize(int n) {
    Compilation compilation = javac().withProcessors(new SluiceProcessor())
        .withOptions("-proc:only").compile(chain(n));
    assertThat(compilation).succeededWithoutWarnings();
    long size = 0;
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      try {
        size += file.getCharContent(true).length();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return size;
  }

  @Test
  void deepCascadeChainGeneratesLinearSize() {
    long size25 = generatedSize(25);
    long size50 = generatedSize(50);
    long size100 = generatedSize(100);
    System.out.printf(Locale.ROOT, "generated source for a cascade chain: %,d chars at 25,"
        + " %,d at 50, %,d at 100%n", size25, size50, size100);
    assertWithMessage("size(50) / size(25)").that((double) size50 / size25).isAtMost(2.3);
    assertWithMessage("size(100) / size(50)").that((double) size100 / size50).isAtMost(2.3);
    // a bound per entity, so that a constant factor cannot hide inside a linear growth
    assertThat(size100 / 100).isLessThan(12_000L);
  }

  @Test
  void deepCascadeChainCompilesWithoutWarnings() {
    Compilation compilation = javac().withProcessors(new SluiceProcessor())
        .withOptions("-Xlint:all,-processing").compile(chain(25));
    assertThat(compilation).succeededWithoutWarnings();
  }
}
