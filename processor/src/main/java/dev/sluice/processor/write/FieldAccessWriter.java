package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the metamodel's {@code EntityType} implementation: construction, column access by
 * index, snapshots and their comparison, all as plain field (or accessor) code.
 */
final class FieldAccessWriter {
  static final String NAME = "Metamodel";
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName OVERRIDE = ClassName.get(Override.class);

  private final Schema schema;
  private final Entity entity;
  private final ClassName entityName;
  /**
   * The entity's column of each column of its table, by snapshot index; {@code null} where a
   * class sharing the table maps it (the entity reads it as {@code null}, never writes it).
   */
  private final List<Column> slots = new ArrayList<>();

  FieldAccessWriter(Schema schema, Entity entity, ClassName entityName) {
    this.schema = schema;
    this.entity = entity;
    this.entityName = entityName;
    for (Column column : entity.tableColumns()) {
      slots.add(entity.columns().stream().filter(own -> own.element() == column.element())
          .findFirst().orElse(null));
    }
  }

  /** Adds the nested class {@code Metamodel} to {@code type}, the metamodel's body. */
  void write(CodeText type, ClassName metamodel) {
    type.member().javadoc("Field access for {@link $T}, without reflection.\n", entityName)
        .open("private static final class $L extends $T<$T>", NAME, RuntimeNames.ENTITY_MODEL,
            entityName);
    type.member().open("$L()", NAME)
        .line("super($T.class, $S, COLUMNS);", entityName, entity.baseTable()).close();
    override(type, "$T<$T<$T, ?>> relations()", LIST, RuntimeNames.RELATION, entityName)
        .line("return RELATIONS;").close();
    override(type, "$T<$T> foreignKeys()", LIST, RuntimeNames.FOREIGN_KEY_REF)
        .line("return FOREIGN_KEYS;").close();
    override(type, "$T<$T> plan()", RuntimeNames.FLUSH_PLAN, entityName)
        .line("return $T.PLAN;", metamodel.nestedClass(FlushPlanWriter.NAME)).close();
    if (entity.element().getModifiers().contains(Modifier.ABSTRACT)) {
      override(type, "$T newInstance()", entityName).line("throw new $T($S);",
          ClassName.get(UnsupportedOperationException.class), entity.simpleName()
              + " is abstract: its rows are loaded as the classes their discriminator names")
          .close();
    } else {
      override(type, "$T newInstance()", entityName).line("return new $T();", entityName)
          .close();
    }
    if (entity.hierarchy() != null) {
      new HierarchyWriter(schema, entity, entityName).write(type);
    }
    get(type);
    set(type);
    snapshot(type);
    restore(type);
    changedSince(type);
    changedColumns(type);
    type.close();
  }

  private void get(CodeText type) {
    override(type, "$T get($T entity, int column)", ClassName.OBJECT, entityName)
        .open("switch (column)");
    for (int i = 0; i < slots.size(); i++) {
      type.line("case $L: return $L;", i, slots.get(i) == null ? "null" : value(slots.get(i)));
    }
    type.line("default: throw new $T($S + column);", ClassName.get(IndexOutOfBoundsException.class),
        entity.simpleName() + " has no column ").close().close();
  }

  private void set(CodeText type) {
    override(type, "void set($T entity, int column, $T value)", entityName, ClassName.OBJECT)
        .open("switch (column)");
    for (int i = 0; i < slots.size(); i++) {
      type.line("case $L:", i);
      if (slots.get(i) != null) {
        type.line("  $L;", write(slots.get(i), "value"));
      }
      type.line("  break;");
    }
    type.line("default: throw new $T($S + column);", ClassName.get(IndexOutOfBoundsException.class),
        entity.simpleName() + " has no column ").close().close();
  }

  private void snapshot(CodeText type) {
    List<CodeText> values = new ArrayList<>();
    slots.forEach(c -> values.add(c == null ? CodeText.of("null") : value(c)));
    override(type, "$T[] snapshot($T entity)", ClassName.OBJECT, entityName)
        .line("return new $T[] {$L};", ClassName.OBJECT, CodeText.join(values, ", ")).close();
  }

  private void restore(CodeText type) {
    override(type, "void restore($T entity, $T[] values)", entityName, ClassName.OBJECT);
    for (int i = 0; i < slots.size(); i++) {
      if (slots.get(i) != null) {
        type.line("$L;", write(slots.get(i), "values[" + i + "]"));
      }
    }
    type.close();
  }

  private void changedSince(CodeText type) {
    override(type, "boolean changedSince($T entity, $T[] snapshot)", entityName,
        ClassName.OBJECT);
    List<Integer> mapped = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      if (slots.get(i) != null) {
        mapped.add(i);
      }
    }
    for (int n = 0; n < mapped.size(); n++) {
      int i = mapped.get(n);
      type.line("$L$T.$L(snapshot[$L], $L)$L", n == 0 ? "return " : "    || ",
          RuntimeNames.VALUES, comparison(slots.get(i)), i, value(slots.get(i)),
          n == mapped.size() - 1 ? ";" : "");
    }
    type.close();
  }

  private void changedColumns(CodeText type) {
    override(type, "int[] changedColumns($T[] before, $T[] after)", ClassName.OBJECT,
        ClassName.OBJECT)
        .line("int[] changed = new int[$L];", slots.size())
        .line("int count = 0;");
    for (int i = 0; i < slots.size(); i++) {
      if (slots.get(i) != null) {
        type.open("if ($T.$L(before[$L], after[$L]))", RuntimeNames.VALUES,
                comparison(slots.get(i)), i, i)
            .line("changed[count++] = $L;", i).close();
      }
    }
    type.line("return $T.copyOf(changed, count);", ClassName.get(Arrays.class)).close();
  }

  /** The {@code Values} method that compares two values of the column's kind. */
  private static String comparison(Column column) {
    switch (column.kind()) {
      case BYTES:
        return "bytesDiffer";
      case DECIMAL:
        return "decimalsDiffer";
      default:
        return "differ";
    }
  }

  /** Opens the body of an overriding public method with the signature {@code format}. */
  static CodeText override(CodeText type, String format, Object... args) {
    return type.member().line("@$T", OVERRIDE).open("public " + format, args);
  }

  static CodeText read(Column column) {
    return column.access().direct() ? CodeText.of("entity.$L", column.field())
        : CodeText.of("entity.$L()", column.access().getter());
  }

  /**
   * A column's value as the runtime sees it: a primitive generated id of zero reads as
   * {@code null}, not assigned yet, so the database generates it (as a boxed id left null).
   */
  private static CodeText value(Column column) {
    return column.generated() && column.primitive()
        ? CodeText.of("($L == 0 ? null : $L)", read(column), read(column)) : read(column);
  }

  static CodeText write(Column column, String value) {
    CodeText converted = convert(column, value);
    return column.access().direct()
        ? CodeText.of("entity.$L = $L", column.field(), converted)
        : CodeText.of("entity.$L($L)", column.access().setter(), converted);
  }

  /** A value of type Object as the field's type; null into a primitive becomes its zero. */
  private static CodeText convert(Column column, String value) {
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
      return CodeText.of("$T.$L($L)", RuntimeNames.UNBOX, unbox, value);
    }
    return CodeText.of("($T) $L", Sources.type(column), value);
  }
}
