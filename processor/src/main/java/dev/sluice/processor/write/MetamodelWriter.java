package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.parse.Action;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.ForeignKey;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.plan.EntityPlan;
import dev.sluice.processor.parse.ValueKind;
import dev.sluice.processor.base.Naming;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code X_}: the entity's type (columns, field access and snapshots without
 * reflection), its relation descriptors, the factories of its relation holders and of its row
 * mapper, and its flush plan.
 */
public final class MetamodelWriter {
  private static final Set<String> RESERVED = Set.of("TYPE", "COLUMNS", "RELATIONS",
      "FOREIGN_KEYS");

  private final Schema schema;
  private final EntityPlan plan;
  private final Entity entity;
  private final ClassName entityName;
  private final ClassName metamodel;

  public MetamodelWriter(Schema schema, EntityPlan plan) {
    this.schema = schema;
    this.plan = plan;
    this.entity = plan.entity();
    this.entityName = Sources.entity(entity);
    this.metamodel = Sources.sibling(entity, "_");
  }

  public JavaFile write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(metamodel)
        .addJavadoc("The metamodel of {@link $T}: its table, columns and relations.\n",
            entityName)
        .addAnnotation(Sources.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(entity.element());
    addColumns(type);
    addType(type);
    addRelations(type);
    addForeignKeys(type);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    addHolderFactories(type);
    addRowMapper(type);
    type.addType(new FieldAccessWriter(entity, entityName).write(metamodel));
    type.addType(new FlushPlanWriter(plan).write());
    return Sources.file(entityName.packageName(), type.build());
  }

  private void addColumns(TypeSpec.Builder type) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < entity.columns().size(); i++) {
      list.add(i == 0 ? "\n" : ",\n").add("    $L", column(i, entity.columns().get(i)));
    }
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class),
        RuntimeNames.COLUMN), "COLUMNS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(list.add(")").build()).build());
  }

  private static CodeBlock column(int index, Column column) {
    if (column.id()) {
      return CodeBlock.of("$T.id($L, $S, $S, $T.$L, $L)", RuntimeNames.COLUMN, index,
          column.name(), column.field(), RuntimeNames.COLUMN_TYPE, column.kind(),
          column.generated());
    }
    if (column.kind() == ValueKind.ENUM) {
      return CodeBlock.of("$T.ofEnum($L, $S, $S, $L, $T::valueOf)", RuntimeNames.COLUMN, index,
          column.name(), column.field(), column.nullable(), Sources.type(column));
    }
    return CodeBlock.of("$T.of($L, $S, $S, $T.$L, $L)", RuntimeNames.COLUMN, index,
        column.name(), column.field(), RuntimeNames.COLUMN_TYPE, column.kind(),
        column.nullable());
  }

  private void addType(TypeSpec.Builder type) {
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.ENTITY_TYPE,
        entityName), "TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The entity type of {@link $T}.\n", entityName)
        .initializer("new $T()", metamodel.nestedClass(FieldAccessWriter.NAME)).build());
  }

  private void addRelations(TypeSpec.Builder type) {
    List<CodeBlock> names = new ArrayList<>();
    for (Relation relation : entity.relations()) {
      Entity target = schema.entity(relation.target());
      ClassName targetName = Sources.entity(target);
      String constant = constantName(entity, relation.field());
      type.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.RELATION,
          entityName, targetName), constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("{@code $L.$L}: $L to {@link $T}.\n", entity.simpleName(),
              relation.field(), relation.kindWords(), targetName)
          .initializer(new RelationCode(schema, entity, relation).build()).build());
      names.add(CodeBlock.of("$L", constant));
    }
    TypeName list = ParameterizedTypeName.get(ClassName.get(List.class),
        ParameterizedTypeName.get(RuntimeNames.RELATION, entityName,
            WildcardTypeName.subtypeOf(Object.class)));
    type.addField(FieldSpec.builder(list, "RELATIONS", Modifier.PRIVATE, Modifier.STATIC,
        Modifier.FINAL).initializer("$T.of($L)", List.class, CodeBlock.join(names, ", "))
        .build());
  }

  private void addForeignKeys(TypeSpec.Builder type) {
    List<CodeBlock> keys = new ArrayList<>();
    for (int i = 0; i < entity.columns().size(); i++) {
      ForeignKey fk = entity.columns().get(i).foreignKey();
      if (fk != null) {
        Entity referenced = schema.entity(fk.referencedEntity());
        // The runtime moves loaded children to a new key the database cascaded to their rows.
        boolean cascadesUpdates = fk.constraint() && fk.onUpdate() == Action.CASCADE;
        keys.add(CodeBlock.of("$T.$L(new int[] {$L}, () -> $T.TYPE, new int[] {$L})",
            RuntimeNames.FOREIGN_KEY_REF, cascadesUpdates ? "cascadingUpdates" : "of", i,
            Sources.sibling(referenced, "_"),
            referenced.indexOf(fk.referencedField())));
      }
    }
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class),
        RuntimeNames.FOREIGN_KEY_REF), "FOREIGN_KEYS", Modifier.PRIVATE, Modifier.STATIC,
        Modifier.FINAL).initializer("$T.of($L)", List.class, CodeBlock.join(keys, ",\n    "))
        .build());
  }

  private void addHolderFactories(TypeSpec.Builder type) {
    for (Relation relation : entity.relations()) {
      ClassName holder = ClassName.get(RuntimeNames.RUNTIME, relation.holder().simpleName());
      ClassName target = Sources.entity(schema.entity(relation.target()));
      TypeName holderType = ParameterizedTypeName.get(holder, target);
      type.addMethod(MethodSpec.methodBuilder(relation.field())
          .addJavadoc("The holder of {@code $L}; initialize the field with it:\n"
              + "{@code final $L<$L> $L = $L.$L(this);}\n", relation.field(),
              holder.simpleName(), target.simpleName(), relation.field(),
              metamodel.simpleName(), relation.field())
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(holderType)
          .addParameter(entityName, "owner")
          .addStatement("return new $T<>(owner, $L)", RuntimeNames.holderImplementation(holder),
              constantName(entity, relation.field()))
          .build());
    }
  }

  /**
   * {@code rowMapper(dialect)}, a Jdbi row mapper for plain queries. A method rather than a
   * class {@code XRowMapper} of its own: every generated file costs javac's Filer checks that
   * grow with the number of files already written. Holder factories of the same name take the
   * entity, so they are overloads.
   */
  private void addRowMapper(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("rowMapper")
        .addJavadoc("Maps rows of {@code $L} to new {@link $T} objects by column label, for"
            + " plain Jdbi\nqueries; objects it creates are not in any session.\n",
            entity.table(), entityName)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(RuntimeNames.ENTITY_ROW_MAPPER, entityName))
        .addParameter(RuntimeNames.DIALECT, "dialect")
        .addStatement("return new $T<$T>(TYPE, dialect) {}", RuntimeNames.ENTITY_ROW_MAPPER,
            entityName)
        .build());
  }

  /**
   * The constant of a relation of {@code owner}: its field in UPPER_SNAKE_CASE, kept clear of
   * TYPE and the other fixed names, and numbered when two fields give the same one
   * ({@code images} and {@code Images}: {@code IMAGES} and {@code IMAGES_2}).
   */
  static String constantName(Entity owner, String field) {
    Set<String> taken = new HashSet<>(RESERVED);
    for (Relation relation : owner.relations()) {
      String name = Naming.constantCase(relation.field());
      name = RESERVED.contains(name) ? name + "_RELATION" : name;
      String unique = name;
      for (int n = 2; !taken.add(unique); n++) {
        unique = name + "_" + n;
      }
      if (relation.field().equals(field)) {
        return unique;
      }
    }
    throw new IllegalArgumentException("no relation " + field + " on " + owner.simpleName());
  }

}
