package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;
import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.PassiveDeletes;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.parse.OrderItem;
import dev.sluice.processor.plan.SqlNames;
import java.util.ArrayList;
import java.util.List;

/** The builder expression of one relation descriptor in a metamodel. */
final class RelationCode {
  private final Schema schema;
  private final Entity owner;
  private final Relation relation;

  RelationCode(Schema schema, Entity owner, Relation relation) {
    this.schema = schema;
    this.owner = owner;
    this.relation = relation;
  }

  CodeText build() {
    Entity target = schema.entity(relation.target());
    CodeText code = new CodeText()
        .add("$T.of($S, TYPE, () -> $T.TYPE, $T.Direction.$L, $L)", RuntimeNames.RELATION_BUILDER,
            relation.field(), Sources.sibling(target, "_"), RuntimeNames.RELATION,
            relation.direction(), relation.holder().isCollection())
        .add("\n    .holder(owner -> $L)", read(relation));
    if (relation.inverse() != null) {
      code.add("\n    .inverse(() -> $T.$L)", Sources.sibling(target, "_"),
          MetamodelWriter.constantName(target, relation.inverse()));
    }
    code.add("\n    .join($L, $L)", indices(owner, relation.ownerFields()),
        indices(target, relation.targetFields()));
    if (relation.secondary() != null) {
      code.add("\n    .secondary($S, $L, $L, $L)",
          SqlNames.quote(schema.association(relation.secondary()).table()),
          quoted(relation.secondaryOwnerColumns()), quoted(relation.secondaryTargetColumns()),
          relation.writesLinks());
    }
    code.add("\n    .cascade($L)", cascade());
    if (relation.passiveDeletes() != PassiveDeletes.OFF) {
      code.add("\n    .passiveDeletes($T.$L)", ClassName.get(PassiveDeletes.class),
          relation.passiveDeletes());
    }
    if (!relation.passiveUpdates()) {
      code.add("\n    .passiveUpdates(false)");
    }
    if (relation.postUpdate()) {
      code.add("\n    .postUpdate(true)");
    }
    if (relation.singleParent()) {
      code.add("\n    .singleParent(true)");
    }
    code.add("\n    .loading($T.$L)", ClassName.get(Lazy.class), relation.loading());
    if (!relation.orderBy().isEmpty()) {
      List<String> columns = new ArrayList<>();
      List<String> descending = new ArrayList<>();
      for (OrderItem item : relation.orderBy()) {
        columns.add(String.valueOf(target.indexOf(item.field())));
        descending.add(String.valueOf(item.descending()));
      }
      code.add("\n    .orderBy(new int[] {$L}, new boolean[] {$L})", String.join(", ", columns),
          String.join(", ", descending));
    }
    return code.add("\n    .build()");
  }

  private static CodeText read(Relation relation) {
    return relation.access().direct() ? CodeText.of("owner.$L", relation.field())
        : CodeText.of("owner.$L()", relation.access().getter());
  }

  private static String indices(Entity entity, List<String> fields) {
    List<String> indices = new ArrayList<>();
    for (String field : fields) {
      indices.add(String.valueOf(entity.indexOf(field)));
    }
    return "new int[] {" + String.join(", ", indices) + "}";
  }

  private static CodeText quoted(List<String> columns) {
    List<CodeText> names = new ArrayList<>();
    columns.forEach(c -> names.add(CodeText.of("$S", SqlNames.quote(c))));
    return CodeText.of("new $T[] {$L}", ClassName.get(String.class), CodeText.join(names, ", "));
  }

  private CodeText cascade() {
    List<CodeText> flags = new ArrayList<>();
    for (Cascade kind : Cascade.values()) {
      if (relation.cascades(kind)) {
        flags.add(CodeText.of("$T.$L", RuntimeNames.CASCADE, kind.name()));
      }
    }
    return CodeText.join(flags, ", ");
  }
}
