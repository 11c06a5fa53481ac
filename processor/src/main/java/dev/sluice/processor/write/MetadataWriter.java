package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.plan.SchemaPlan;
import dev.sluice.processor.plan.SqlDialect;
import dev.sluice.processor.plan.TablePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;

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
    List<CodeText> entities = new ArrayList<>();
    for (Entity entity : plan.insertOrder()) {
      entities.add(CodeText.of("$T.TYPE", Sources.sibling(entity, "_")));
    }
    List<CodeText> tables = new ArrayList<>();
    for (TablePlan table : plan.tables()) {
      tables.add(table(table));
    }
    CodeText type = new CodeText()
        .javadoc("The schema {@link $T}: its entities, parents first, and the DDL of its"
            + " tables.\n", ClassName.get(schema.element()))
        .line("@$T($S)", RuntimeNames.GENERATED, Sources.PROCESSOR)
        .open("public final class $T extends $T", name, RuntimeNames.SCHEMA_METADATA)
        .member().line("public static final $T INSTANCE = new $T();", name, name)
        .member().open("private $T()", name)
        // continuation lines two levels deeper, as JavaPoet indents a statement's
        .add("super($S,\n$>$>$T.<$T<?>>of($L),\n$T.of(\n$L));\n$<$<", schema.simpleName(),
            ClassName.get(List.class), RuntimeNames.ENTITY_TYPE, CodeText.join(entities, ", "),
            ClassName.get(List.class), CodeText.join(tables, ",\n"))
        .close()
        .close();
    List<Element> origins = new ArrayList<>(List.of(schema.element()));
    schema.entities().forEach(e -> origins.add(e.element()));
    return new TextSource(name, Set.of(), type, origins);
  }

  private static CodeText table(TablePlan table) {
    CodeText code = CodeText.of("$T.builder($S)", RuntimeNames.TABLE_DDL, table.table());
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
    return code.add("\n    .build()");
  }
}
