package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.base.Naming;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;

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
    ClassName module = ClassName.get(schema.packageName(), schema.simpleName() + "_Module");
    CodeText type = new CodeText()
        .javadoc("Binds the schema {@link $T}: one session factory over the component's Jdbi,"
            + " its scoped\nsession, and a DAO per entity on that scoped session.\n",
            ClassName.get(schema.element()))
        .line("@$T($S)", RuntimeNames.GENERATED, Sources.PROCESSOR)
        .line("@$T", RuntimeNames.DAGGER_MODULE)
        .open("public final class $T", module)
        .member().open("private $T()", module).close();
    provider(type, RuntimeNames.SESSION_FACTORY, "sessionFactory", RuntimeNames.JDBI, "jdbi",
        true).line("return $T.create(jdbi, $T.INSTANCE);", RuntimeNames.SESSION_FACTORY,
            metadata).close();
    provider(type, RuntimeNames.SCOPED_SESSION, "scopedSession", RuntimeNames.SESSION_FACTORY,
        "factory", true).line("return new $T(factory);", RuntimeNames.SCOPED_SESSION).close();
    Set<String> taken = new HashSet<>(List.of("sessionFactory", "scopedSession"));
    List<Element> origins = new ArrayList<>(List.of(schema.element()));
    for (Entity entity : schema.entities()) {
      ClassName dao = Sources.sibling(entity, "Dao");
      provider(type, dao, providerName(entity, taken), RuntimeNames.SCOPED_SESSION, "session",
          false).line("return new $T(session);", dao).close();
      origins.add(entity.element());
    }
    return new TextSource(module, Set.of(), type.close(), origins);
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

  /** Opens a static provider method with one parameter. */
  private static CodeText provider(CodeText type, ClassName returns, String name,
      ClassName parameter, String parameterName, boolean singleton) {
    type.member().line("@$T", RuntimeNames.DAGGER_PROVIDES);
    if (singleton) {
      type.line("@$T", RuntimeNames.SINGLETON);
    }
    return type.open("static $T $L($T $L)", returns, name, parameter, parameterName);
  }
}
