package dev.sluice.processor;

import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.plan.SchemaPlan;
import dev.sluice.processor.write.DaoWriter;
import dev.sluice.processor.write.GeneratedSource;
import dev.sluice.processor.write.MetadataWriter;
import dev.sluice.processor.write.MetamodelWriter;
import dev.sluice.processor.write.ModuleWriter;
import dev.sluice.processor.write.ReportWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Hands every artifact of a planned schema to the Filer. */
final class GeneratedOutput {
  private final ProcessingEnvironment env;
  private final Map<String, List<String>> shadowedJavaLang = new HashMap<>();
  /** The simple names of {@code java.lang}'s classes, listed when first needed. */
  private Set<String> javaLang;

  GeneratedOutput(ProcessingEnvironment env) {
    this.env = env;
  }

  /** Every source of a schema, in a fixed order; the Dagger module only if Dagger is present. */
  static List<GeneratedSource> sources(SchemaPlan plan, boolean dagger) {
    Schema schema = plan.schema();
    List<GeneratedSource> files = new ArrayList<>();
    for (Entity entity : schema.entities()) {
      files.add(new MetamodelWriter(schema, plan.plan(entity)).write());
      files.add(new DaoWriter(entity).write());
    }
    files.add(new MetadataWriter(plan).write());
    if (dagger) {
      files.add(new ModuleWriter(schema).write());
    }
    return files;
  }

  void write(SchemaPlan plan) {
    boolean dagger = env.getElementUtils().getTypeElement("dagger.Module") != null
        && env.getElementUtils().getTypeElement("javax.inject.Singleton") != null;
    try {
      for (GeneratedSource file : sources(plan, dagger)) {
        writeSource(file);
      }
      writeReport(plan);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Renders the file in memory, then hands it to the Filer in one write: writing to the Filer's
   * unbuffered writer piece by piece spent a tenth of the formatting time encoding small pieces.
   * Every {@code java.lang} name that a class of its package shadows is written qualified:
   * generated code relies on {@code Object}, {@code Override} and the like.
   */
  private void writeSource(GeneratedSource file) throws IOException {
    String text = file.text(shadowedJavaLang.computeIfAbsent(file.packageName(),
        this::shadowedJavaLang));
    JavaFileObject source = env.getFiler().createSourceFile(file.qualifiedName(),
        file.origins());
    try (Writer out = source.openWriter()) {
      out.write(text);
    }
  }

  /**
   * The names of a package's classes that {@code java.lang} also has, computed once per
   * package: looking each one up with {@code getTypeElement} for every file was quadratic.
   */
  private List<String> shadowedJavaLang(String packageName) {
    PackageElement pkg = env.getElementUtils().getPackageElement(packageName);
    if (pkg == null) {
      return List.of();
    }
    if (javaLang == null) {
      javaLang = new HashSet<>();
      PackageElement lang = env.getElementUtils().getPackageElement("java.lang");
      for (Element type : lang == null ? List.<Element>of() : lang.getEnclosedElements()) {
        javaLang.add(type.getSimpleName().toString());
      }
    }
    List<String> shadowed = new ArrayList<>();
    for (Element type : pkg.getEnclosedElements()) {
      String name = type.getSimpleName().toString();
      if (javaLang.contains(name)) {
        shadowed.add(name);
      }
    }
    return shadowed;
  }

  private void writeReport(SchemaPlan plan) throws IOException {
    Schema schema = plan.schema();
    List<Element> origins = new ArrayList<>(List.of(schema.element()));
    schema.entities().forEach(e -> origins.add(e.element()));
    FileObject report = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
        ReportWriter.path(schema), origins.toArray(new Element[0]));
    try (Writer out = new OutputStreamWriter(report.openOutputStream(),
        StandardCharsets.UTF_8)) {
      out.write(new ReportWriter(plan).write());
    }
  }
}
