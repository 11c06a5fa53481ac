package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;
import dev.sluice.annotations.Action;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.CompositeForeignKey;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.ForeignKey;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.parse.ValueKind;
import dev.sluice.processor.plan.EntityPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code X_}: the entity's type (columns, field access and snapshots without
 * reflection), its relation descriptors, the factories of its relation holders and of its row
 * mapper, and its flush plan.
 */
public final class MetamodelWriter {
  private static final Set<String> RESERVED = Set.of("TYPE", "COLUMNS", "RELATIONS",
      "FOREIGN_KEYS");
  /** The classes nested in every {@code X_}. */
  private static final Set<String> NESTED = Set.of(FieldAccessWriter.NAME, FlushPlanWriter.NAME);

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

  public GeneratedSource write() {
    CodeText type = new CodeText()
        .javadoc("The metamodel of {@link $T}: its table, columns and relations.\n", entityName)
        .line("@$T($S)", RuntimeNames.GENERATED, Sources.PROCESSOR)
        .open("public final class $T", metamodel);
    addColumns(type);
    addType(type);
    addRelations(type);
    addForeignKeys(type);
    type.member().open("private $T()", metamodel).close();
    addHolderFactories(type);
    addRowMapper(type);
    new FieldAccessWriter(schema, entity, entityName).write(type, metamodel);
    new FlushPlanWriter(schema, plan).write(type);
    type.close();
    return new TextSource(metamodel, NESTED, type, List.of(entity.element()));
  }

  private void addColumns(CodeText type) {
    CodeText list = CodeText.of("$T.of(", ClassName.get(List.class));
    List<Column> columns = entity.tableColumns();
    for (int i = 0; i < columns.size(); i++) {
      list.add(i == 0 ? "\n    $L" : ",\n    $L", column(i, columns.get(i)));
    }
    type.member().line("private static final $T<$T> COLUMNS = $L);", ClassName.get(List.class),
        RuntimeNames.COLUMN, list);
  }

  private static CodeText column(int index, Column column) {
    if (column.id()) {
      return CodeText.of("$T.id($L, $S, $S, $T.$L, $L)", RuntimeNames.COLUMNS, index,
          column.name(), column.field(), RuntimeNames.COLUMN_TYPE, column.kind(),
          column.generated());
    }
    if (column.kind() == ValueKind.ENUM) {
      return CodeText.of("$T.ofEnum($L, $S, $S, $L, $T::valueOf)", RuntimeNames.COLUMNS, index,
          column.name(), column.field(), column.nullable(), Sources.type(column));
    }
    return CodeText.of("$T.of($L, $S, $S, $T.$L, $L)", RuntimeNames.COLUMNS, index,
        column.name(), column.field(), RuntimeNames.COLUMN_TYPE, column.kind(),
        column.nullable());
  }

  private void addType(CodeText type) {
    type.member().javadoc("The entity type of {@link $T}.\n", entityName)
        .line("public static final $T<$T> TYPE = new $T();", RuntimeNames.ENTITY_TYPE,
            entityName, metamodel.nestedClass(FieldAccessWriter.NAME));
  }

  private void addRelations(CodeText type) {
    List<CodeText> names = new ArrayList<>();
    if (entity.hierarchy() != null) {
      for (Relation relation : entity.hierarchy().inherited()) {
        names.add(relationConstant(schema, entity, relation.field()));
      }
    }
    for (Relation relation : entity.relations()) {
      Entity target = schema.entity(relation.target());
      ClassName targetName = Sources.entity(target);
      String constant = constantName(entity, relation.field());
      type.member().javadoc("{@code $L.$L}: $L to {@link $T}.\n", entity.simpleName(),
              relation.field(), relation.kindWords(), targetName)
          .line("public static final $T<$T, $T> $L = $L;", RuntimeNames.RELATION, entityName,
              targetName, constant, new RelationCode(schema, entity, relation).build());
      names.add(CodeText.of("$L", constant));
    }
    type.member().line("private static final $T<$T<$T, ?>> RELATIONS = $T.of($L);",
        ClassName.get(List.class), RuntimeNames.RELATION, entityName, ClassName.get(List.class),
        CodeText.join(names, ", "));
  }

  private void addForeignKeys(CodeText type) {
    List<CodeText> keys = new ArrayList<>();
    List<Column> columns = entity.tableColumns();
    for (int i = 0; i < columns.size(); i++) {
      ForeignKey fk = columns.get(i).foreignKey();
      if (fk != null && entity.maps(columns.get(i))) {
        Entity referenced = schema.entity(fk.referencedEntity());
        // The runtime moves loaded children to a new key the database cascaded to their rows.
        boolean cascadesUpdates = fk.constraint() && fk.onUpdate() == Action.CASCADE;
        keys.add(CodeText.of("$T.$L(new int[] {$L}, () -> $T.TYPE, new int[] {$L})",
            RuntimeNames.FOREIGN_KEYS, cascadesUpdates ? "cascadingUpdates" : "of", i,
            Sources.sibling(referenced, "_"),
            referenced.indexOf(fk.referencedField())));
      }
    }
    if (entity.hierarchy() == null) { // a hierarchy's classes do not list theirs (untested)
      for (CompositeForeignKey composite : entity.compositeKeys()) {
        Entity referenced = schema.entity(composite.referencedEntity());
        boolean cascadesUpdates = composite.onUpdate() == Action.CASCADE;
        keys.add(CodeText.of("$T.$L(new int[] {$L}, () -> $T.TYPE, new int[] {$L})",
            RuntimeNames.FOREIGN_KEYS, cascadesUpdates ? "cascadingUpdates" : "of",
            indices(entity, composite.fields()), Sources.sibling(referenced, "_"),
            indices(referenced, composite.referencedFields())));
      }
    }
    type.member().line("private static final $T<$T> FOREIGN_KEYS = $T.of($L);",
        ClassName.get(List.class), RuntimeNames.FOREIGN_KEY_REF, ClassName.get(List.class),
        CodeText.join(keys, ",\n    "));
  }

  /** The snapshot indices of fields, as {@code 1, 2}. */
  private static String indices(Entity entity, List<String> fields) {
    return String.join(", ", fields.stream().map(field -> Integer.toString(
        entity.indexOf(field))).toList());
  }

  private void addHolderFactories(CodeText type) {
    for (Relation relation : entity.relations()) {
      ClassName holder = ClassName.get(RuntimeNames.RUNTIME, relation.holder().simpleName());
      ClassName target = Sources.entity(schema.entity(relation.target()));
      type.member().javadoc("The holder of {@code $L}; initialize the field with it:\n"
              + "{@code final $L<$L> $L = $L.$L(this);}\n", relation.field(),
              holder.simpleName(), target.simpleName(), relation.field(),
              metamodel.simpleName(), relation.field())
          .open("public static $T<$T> $L($T owner)", holder, target, relation.field(),
              entityName)
          .line("return new $T<>(owner, $L);", RuntimeNames.holderImplementation(holder),
              constantName(entity, relation.field()))
          .close();
    }
  }

  /**
   * {@code rowMapper(dialect)}, a Jdbi row mapper for plain queries. A method rather than a
   * class {@code XRowMapper} of its own: every generated file costs javac's Filer checks that
   * grow with the number of files already written. Holder factories of the same name take the
   * entity, so they are overloads.
   */
  private void addRowMapper(CodeText type) {
    type.member().javadoc("Maps rows of {@code $L} to new {@link $T} objects by column label,"
            + " for plain Jdbi\nqueries; objects it creates are not in any session.\n",
            entity.table(), entityName)
        .open("public static $T<$T> rowMapper($T dialect)", RuntimeNames.ENTITY_ROW_MAPPER,
            entityName, RuntimeNames.DIALECT)
        .line("return new $T<>(TYPE, dialect);", RuntimeNames.ENTITY_ROWS)
        .close();
  }

  /**
   * A relation of {@code entity} as its metamodel refers to it: its own constant, or an
   * inherited one's as a relation of {@code entity}.
   */
  static CodeText relationConstant(Schema schema, Entity entity, String field) {
    if (entity.relation(field) != null) {
      return CodeText.of("$T.$L", Sources.sibling(entity, "_"), constantName(entity, field));
    }
    for (Relation relation : entity.hierarchy().inherited()) {
      if (relation.field().equals(field)) {
        Entity owner = schema.entity(relation.owner());
        return CodeText.of("$T.inherited($T.$L)", RuntimeNames.RELATION_BUILDER,
            Sources.sibling(owner, "_"), constantName(owner, field));
      }
    }
    throw new IllegalArgumentException("no relation " + field + " on " + entity.simpleName());
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
