package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.sluice.processor.model.Entity;
import javax.lang.model.element.Modifier;

/** Writes {@code XRowMapper}: a Jdbi row mapper for plain queries outside a session. */
public final class RowMapperWriter {
  private final Entity entity;

  public RowMapperWriter(Entity entity) {
    this.entity = entity;
  }

  public JavaFile write() {
    ClassName entityName = Sources.entity(entity);
    TypeSpec type = TypeSpec.classBuilder(Sources.sibling(entity, "RowMapper"))
        .addJavadoc("Maps rows of {@code $L} to new {@link $T} instances by column label, for"
            + " plain Jdbi\nqueries; objects it creates are not in any session.\n",
            entity.table(), entityName)
        .addAnnotation(Sources.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(entity.element())
        .superclass(ParameterizedTypeName.get(RuntimeNames.ENTITY_ROW_MAPPER, entityName))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addParameter(RuntimeNames.DIALECT, "dialect")
            .addStatement("super($T.TYPE, dialect)", Sources.sibling(entity, "_")).build())
        .build();
    return Sources.file(entityName.packageName(), type);
  }
}
