package dev.sluice.processor.write;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.Collection;
import javax.lang.model.element.Element;

/** A generated source built with JavaPoet (the schema's files: one each per schema). */
final class PoetSource implements GeneratedSource {
  private final JavaFile file;

  PoetSource(JavaFile file) {
    this.file = file;
  }

  @Override
  public String packageName() {
    return file.packageName();
  }

  @Override
  public String qualifiedName() {
    return file.packageName().isEmpty() ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
  }

  @Override
  public Element[] origins() {
    return file.typeSpec().originatingElements().toArray(new Element[0]);
  }

  @Override
  public String text(Collection<String> shadowedJavaLang) {
    if (shadowedJavaLang.isEmpty()) {
      return file.toString();
    }
    TypeSpec type = file.typeSpec().toBuilder()
        .alwaysQualify(shadowedJavaLang.toArray(new String[0])).build();
    return Sources.file(file.packageName(), type).toString();
  }
}
