package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.plan.SchemaPlan;
import dev.sluice.processor.plan.SqlDialect;
import dev.sluice.processor.plan.TablePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Writes {@code S_Metadata}: the schema's entities in insert order and every table's DDL. */
public final class MetadataWriter {
  private final SchemaPlan plan;

  public MetadataWriter(SchemaPlan plan) {
    this.plan = plan;
  }

  public static ClassName name(Schema schema) {
    return ClassName.get(schema.packageName(), schema.simpleName() + "_Metadata");
  }

  public GeneratedSource write() {
    Schema schema = plan.schema();
    ClassName name = name(schema);
    List<CodeBlock> entities = new ArrayList<>();
    for (Entity entity : plan.insertOrder()) {
      entities.add(CodeBlock.of("$T.TYPE", Sources.sibling(entity, "_")));
    }
    List<CodeBlock> tables = new ArrayList<>();
    for (TablePlan table : plan.tables()) {
      tables.add(table(table));
    }
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addJavadoc("The schema {@link $T}: its entities, parents first, and the DDL of its"
            + " tables.\n", ClassName.get(schema.element()))
        .addAnnotation(Sources.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(RuntimeNames.SCHEMA_METADATA)
        .addOriginatingElement(schema.element())
        .addField(FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC,
            Modifier.FINAL).initializer("new $T()", name).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
            .addStatement("super($S,\n$T.<$T>of($L),\n$T.of(\n$L))", schema.simpleName(),
                List.class, ParameterizedTypeName.get(RuntimeNames.ENTITY_TYPE,
                    WildcardTypeName.subtypeOf(Object.class)), CodeBlock.join(entities, ", "),
                List.class, CodeBlock.join(tables, ",\n"))
            .build());
    schema.entities().forEach(e -> type.addOriginatingElement(e.element()));
    return new PoetSource(Sources.file(schema.packageName(), type.build()));
  }

  private static CodeBlock table(TablePlan table) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$T.table($S)", RuntimeNames.TABLE_DDL_BUILDER, table.table());
    for (Map.Entry<SqlDialect, String> create : table.create().entrySet()) {
      code.add("\n    .create($T.$L, $S)", RuntimeNames.DIALECT, create.getKey(),
          create.getValue());
    }
    for (String index : table.indexes()) {
      code.add("\n    .index($S)", index);
    }
    for (Map.Entry<SqlDialect, List<String>> add : table.addConstraints().entrySet()) {
      List<String> drops = table.dropConstraints().get(add.getKey());
      for (int i = 0; i < add.getValue().size(); i++) {
        code.add("\n    .deferredConstraint($T.$L, $S, $S)", RuntimeNames.DIALECT, add.getKey(),
            add.getValue().get(i), drops.get(i));
      }
    }
    for (String clear : table.clearBeforeDrop()) {
      code.add("\n    .clearBeforeDrop($S)", clear);
    }
    return code.add("\n    .build()").build();
  }
}
