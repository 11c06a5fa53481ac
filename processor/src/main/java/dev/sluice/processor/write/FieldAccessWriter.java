package dev.sluice.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Entity;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the metamodel's {@code EntityType} implementation: construction, column access by
 * index, snapshots and their comparison, all as plain field (or accessor) code.
 */
final class FieldAccessWriter {
  static final String NAME = "Metamodel";

  private final Entity entity;
  private final ClassName entityName;

  FieldAccessWriter(Entity entity, ClassName entityName) {
    this.entity = entity;
    this.entityName = entityName;
  }

  TypeSpec write(ClassName metamodel) {
    return TypeSpec.classBuilder(NAME)
        .addJavadoc("Field access for {@link $T}, without reflection.\n", entityName)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(RuntimeNames.ENTITY_TYPE, entityName))
        .addMethod(MethodSpec.constructorBuilder()
            .addStatement("super($T.class, $S, COLUMNS)", entityName, entity.table()).build())
        .addMethod(override("relations", ParameterizedTypeName.get(ClassName.get(List.class),
            ParameterizedTypeName.get(RuntimeNames.RELATION, entityName,
                WildcardTypeName.subtypeOf(Object.class)))).addStatement("return RELATIONS")
            .build())
        .addMethod(override("foreignKeys", ParameterizedTypeName.get(ClassName.get(List.class),
            RuntimeNames.FOREIGN_KEY_REF)).addStatement("return FOREIGN_KEYS").build())
        .addMethod(override("plan", ParameterizedTypeName.get(RuntimeNames.FLUSH_PLAN,
            entityName)).addStatement("return $T.PLAN",
                metamodel.nestedClass(FlushPlanWriter.NAME)).build())
        .addMethod(override("newInstance", entityName)
            .addStatement("return new $T()", entityName).build())
        .addMethod(get())
        .addMethod(set())
        .addMethod(snapshot())
        .addMethod(restore())
        .addMethod(changedColumns())
        .build();
  }

  private MethodSpec get() {
    MethodSpec.Builder method = override("get", ClassName.OBJECT)
        .addParameter(entityName, "entity").addParameter(TypeName.INT, "column")
        .beginControlFlow("switch (column)");
    for (int i = 0; i < entity.columns().size(); i++) {
      method.addStatement("case $L: return $L", i, read(entity.columns().get(i)));
    }
    return method.addStatement("default: throw new $T($S + column)",
        IndexOutOfBoundsException.class, entity.simpleName() + " has no column ")
        .endControlFlow().build();
  }

  private MethodSpec set() {
    MethodSpec.Builder method = override("set", TypeName.VOID)
        .addParameter(entityName, "entity").addParameter(TypeName.INT, "column")
        .addParameter(ClassName.OBJECT, "value")
        .beginControlFlow("switch (column)");
    for (int i = 0; i < entity.columns().size(); i++) {
      method.addCode("case $L:\n", i).addStatement("  $L", write(entity.columns().get(i),
          CodeBlock.of("value"))).addStatement("  break");
    }
    return method.addStatement("default: throw new $T($S + column)",
        IndexOutOfBoundsException.class, entity.simpleName() + " has no column ")
        .endControlFlow().build();
  }

  private MethodSpec snapshot() {
    List<CodeBlock> values = new ArrayList<>();
    entity.columns().forEach(c -> values.add(read(c)));
    return override("snapshot", ArrayTypeName.of(Object.class))
        .addParameter(entityName, "entity")
        .addStatement("return new $T[] {$L}", Object.class, CodeBlock.join(values, ", ")).build();
  }

  private MethodSpec restore() {
    MethodSpec.Builder method = override("restore", TypeName.VOID)
        .addParameter(entityName, "entity")
        .addParameter(ArrayTypeName.of(Object.class), "values");
    for (int i = 0; i < entity.columns().size(); i++) {
      method.addStatement("$L", write(entity.columns().get(i), CodeBlock.of("values[$L]", i)));
    }
    return method.build();
  }

  private MethodSpec changedColumns() {
    MethodSpec.Builder method = override("changedColumns", ArrayTypeName.of(TypeName.INT))
        .addParameter(ArrayTypeName.of(Object.class), "before")
        .addParameter(ArrayTypeName.of(Object.class), "after")
        .addStatement("int[] changed = new int[$L]", entity.columns().size())
        .addStatement("int count = 0");
    for (int i = 0; i < entity.columns().size(); i++) {
      String comparison;
      switch (entity.columns().get(i).kind()) {
        case BYTES:
          comparison = "bytesDiffer";
          break;
        case DECIMAL:
          comparison = "decimalsDiffer";
          break;
        default:
          comparison = "differ";
      }
      method.beginControlFlow("if ($T.$L(before[$L], after[$L]))", RuntimeNames.VALUES,
          comparison, i, i).addStatement("changed[count++] = $L", i).endControlFlow();
    }
    return method.addStatement("return $T.copyOf(changed, count)", java.util.Arrays.class)
        .build();
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(returns);
  }

  private static CodeBlock read(Column column) {
    return column.access().direct() ? CodeBlock.of("entity.$L", column.field())
        : CodeBlock.of("entity.$L()", column.access().getter());
  }

  private static CodeBlock write(Column column, CodeBlock value) {
    CodeBlock converted = convert(column, value);
    return column.access().direct()
        ? CodeBlock.of("entity.$L = $L", column.field(), converted)
        : CodeBlock.of("entity.$L($L)", column.access().setter(), converted);
  }

  /** A value of type Object as the field's type; null into a primitive becomes its zero. */
  private static CodeBlock convert(Column column, CodeBlock value) {
    if (column.primitive()) {
      String unbox;
      switch (column.javaType()) {
        case "boolean":
          unbox = "toBoolean";
          break;
        case "int":
          unbox = "toInt";
          break;
        case "long":
          unbox = "toLong";
          break;
        default:
          unbox = "toDouble";
      }
      return CodeBlock.of("$T.$L($L)", RuntimeNames.UNBOX, unbox, value);
    }
    return CodeBlock.of("($T) $L", Sources.type(column), value);
  }
}
