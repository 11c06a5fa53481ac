package dev.sluice.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.plan.SchemaPlan;
import dev.sluice.processor.write.DaoWriter;
import dev.sluice.processor.write.FlushPlanWriter;
import dev.sluice.processor.write.MetadataWriter;
import dev.sluice.processor.write.MetamodelWriter;
import dev.sluice.processor.write.ModuleWriter;
import dev.sluice.processor.write.ReportWriter;
import dev.sluice.processor.write.RowMapperWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Hands every artifact of a planned schema to the Filer. */
final class GeneratedOutput {
  private final ProcessingEnvironment env;

  GeneratedOutput(ProcessingEnvironment env) {
    this.env = env;
  }

  /** Every source of a schema, in a fixed order; the Dagger module only if Dagger is present. */
  static List<JavaFile> sources(SchemaPlan plan, boolean dagger) {
    Schema schema = plan.schema();
    List<JavaFile> files = new ArrayList<>();
    for (Entity entity : schema.entities()) {
      files.add(new MetamodelWriter(schema, entity).write());
      files.add(new FlushPlanWriter(plan.plan(entity)).write());
      files.add(new DaoWriter(entity).write());
      files.add(new RowMapperWriter(entity).write());
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
      for (JavaFile file : sources(plan, dagger)) {
        qualifyShadowedJavaLang(file).writeTo(env.getFiler());
      }
      writeReport(plan);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The file with every {@code java.lang} name that a class of its package shadows written
   * qualified: generated code relies on {@code Object}, {@code Override} and the like, and a
   * user's class {@code Override} beside the entity would otherwise be taken instead.
   */
  private JavaFile qualifyShadowedJavaLang(JavaFile file) {
    PackageElement pkg = env.getElementUtils().getPackageElement(file.packageName());
    if (pkg == null) {
      return file;
    }
    List<String> shadowed = new ArrayList<>();
    for (Element type : pkg.getEnclosedElements()) {
      String name = type.getSimpleName().toString();
      if (env.getElementUtils().getTypeElement("java.lang." + name) != null) {
        shadowed.add(name);
      }
    }
    if (shadowed.isEmpty()) {
      return file;
    }
    TypeSpec type = file.typeSpec().toBuilder().alwaysQualify(shadowed.toArray(new String[0]))
        .build();
    // the same layout as every generated file (see write.Sources)
    return JavaFile.builder(file.packageName(), type).skipJavaLangImports(true).indent("  ")
        .build();
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
