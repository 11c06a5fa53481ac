package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.base.Naming;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code S_Module}, a Dagger module binding one {@code SessionFactory} for the schema
 * (over the component's {@code Jdbi}), its {@code ScopedSession}, and every DAO over that.
 */
public final class ModuleWriter {
  private final Schema schema;

  public ModuleWriter(Schema schema) {
    this.schema = schema;
  }

  public GeneratedSource write() {
    ClassName metadata = MetadataWriter.name(schema);
    TypeSpec.Builder type = TypeSpec.classBuilder(ClassName.get(schema.packageName(),
            schema.simpleName() + "_Module"))
        .addJavadoc("Binds the schema {@link $T}: one session factory over the component's Jdbi,"
            + " its scoped\nsession, and a DAO per entity on that scoped session.\n",
            ClassName.get(schema.element()))
        .addAnnotation(Sources.generated())
        .addAnnotation(RuntimeNames.DAGGER_MODULE)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(schema.element())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(provider("sessionFactory", RuntimeNames.SESSION_FACTORY, true)
            .addParameter(RuntimeNames.JDBI, "jdbi")
            .addStatement("return $T.create(jdbi, $T.INSTANCE)", RuntimeNames.SESSION_FACTORY,
                metadata).build())
        .addMethod(provider("scopedSession", RuntimeNames.SCOPED_SESSION, true)
            .addParameter(RuntimeNames.SESSION_FACTORY, "factory")
            .addStatement("return new $T(factory)", RuntimeNames.SCOPED_SESSION).build());
    Set<String> taken = new HashSet<>(List.of("sessionFactory", "scopedSession"));
    for (Entity entity : schema.entities()) {
      ClassName dao = Sources.sibling(entity, "Dao");
      type.addMethod(provider(providerName(entity, taken), dao, false)
          .addParameter(RuntimeNames.SCOPED_SESSION, "session")
          .addStatement("return new $T(session)", dao).build());
      type.addOriginatingElement(entity.element());
    }
    return new PoetSource(Sources.file(schema.packageName(), type.build()));
  }

  /**
   * {@code commentDao} for entity {@code Comment}; when two entities of different packages
   * share the simple name, the later one's name includes its package ({@code fzBCommentDao}).
   */
  private static String providerName(Entity entity, Set<String> taken) {
    String name = Naming.decapitalize(entity.simpleName()) + "Dao";
    if (taken.add(name)) {
      return name;
    }
    StringBuilder qualified = new StringBuilder();
    for (String part : entity.packageName().split("\\.")) {
      qualified.append(Naming.capitalize(part));
    }
    String base = Naming.decapitalize(qualified + entity.simpleName()) + "Dao";
    name = base;
    for (int n = 2; !taken.add(name); n++) {
      name = base + n;
    }
    return name;
  }

  private static MethodSpec.Builder provider(String name, ClassName returns, boolean singleton) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addAnnotation(RuntimeNames.DAGGER_PROVIDES)
        .addModifiers(Modifier.STATIC)
        .returns(returns);
    if (singleton) {
      method.addAnnotation(RuntimeNames.SINGLETON);
    }
    return method;
  }
}
