package dev.sluice.processor.write;

import com.palantir.javapoet.ClassName;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.plan.DeleteStepPlan;
import dev.sluice.processor.plan.EntityPlan;
import dev.sluice.processor.plan.JoinedTablePlan;
import dev.sluice.processor.plan.SetDeletePlan;
import dev.sluice.processor.plan.SetStatementPlan;
import dev.sluice.processor.plan.SetStepPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the flush plan of an entity, the statements and delete steps as the planner decided,
 * as a holder class nested in its metamodel {@code X_}: a separate file per entity made javac's
 * Filer checks, quadratic in the files written, grow by a third. The holder keeps the plan
 * built on first use, after every metamodel it refers to is initialized.
 */
final class FlushPlanWriter {
  /** The nested holder's name; the metamodel's {@code plan()} reads its {@code PLAN}. */
  static final String NAME = "FlushPlanHolder";

  private final Schema schema;
  private final EntityPlan plan;

  FlushPlanWriter(Schema schema, EntityPlan plan) {
    this.schema = schema;
    this.plan = plan;
  }

  /** The relation of the planned entity named by {@code field}. */
  private CodeText relation(String field) {
    return MetamodelWriter.relationConstant(schema, plan.entity(), field);
  }

  private static CodeText setStatements(List<SetStatementPlan> statements) {
    List<CodeText> code = new ArrayList<>();
    for (SetStatementPlan statement : statements) {
      if (statement.effect() == SetStatementPlan.Effect.NULLIFY) {
        code.add(CodeText.of("\n        $T.nullify($T.TYPE, $S, $L)",
            RuntimeNames.SET_STATEMENT, Sources.sibling(statement.entity(), "_"),
            statement.sql(), String.join(", ", statement.nullifiedFields().stream()
                .map(f -> String.valueOf(statement.entity().indexOf(f))).toList())));
      } else {
        code.add(CodeText.of("\n        $T.plain($S)", RuntimeNames.SET_STATEMENT,
            statement.sql()));
      }
    }
    return CodeText.join(code, ",");
  }

  /** One relation's set step: its statements, or a reference to the children's plan. */
  private static CodeText setStep(CodeText relation, SetStepPlan step) {
    if (step.ownRows()) {
      return CodeText.of("\n    .setTreeCascade($L, $S)", relation, step.condition());
    }
    if (step.children() != null) {
      return CodeText.of("\n    .setCascade($L, $T.of($T.TYPE).plan(), $S)", relation,
          RuntimeNames.ENTITY_MODEL, Sources.sibling(step.children(), "_"), step.condition());
    }
    return CodeText.of("\n    .setStep($L$L)", relation,
        step.statements().isEmpty() ? new CodeText()
            : CodeText.of(",$L", setStatements(step.statements())));
  }

  /** The set steps, the tree closure and the relations a bulk delete runs, if set-based. */
  private void addSetDeletes(CodeText builder) {
    SetDeletePlan sets = plan.setDeletes();
    sets.steps().forEach((field, step) -> builder.add("$L", setStep(relation(field), step)));
    if (sets.treeBefore() != null) {
      builder.add("\n    .tree($S,\n        $S)", sets.treeBefore(), sets.treeAfter());
    }
    if (sets.bulkRelations() != null) {
      builder.add("\n    .bulkDelete($L)", CodeText.join(sets.bulkRelations().stream()
          .map(this::relation).toList(), ", "));
    }
  }

  /** Adds the nested holder class to {@code type}, the metamodel's body. */
  void write(CodeText type) {
    Entity entity = plan.entity();
    ClassName entityName = Sources.entity(entity);
    ClassName metamodel = Sources.sibling(entity, "_");
    CodeText builder = new CodeText()
        .add("$T.builder($T.TYPE, $L)", RuntimeNames.FLUSH_PLAN, metamodel,
            plan.insertPosition())
        .add("\n    .insert($S)", plan.insertSql());
    if (plan.insertGeneratedSql() != null) {
      builder.add("\n    .insertGenerated($S)", plan.insertGeneratedSql());
    }
    builder.add("\n    .update($S, $S)", plan.updatePrefix(), plan.updateWhere())
        .add("\n    .delete($S)", plan.deleteSql());
    if (plan.baseColumns() != null) {
      builder.add("\n    .baseColumns($L)", String.join(", ",
          plan.baseColumns().stream().map(String::valueOf).toList()));
    }
    for (JoinedTablePlan table : plan.joinedTables()) {
      builder.add("\n    .joinedTable($S,\n        $S, $S,\n        $S$L)", table.insertSql(),
          table.updatePrefix(), table.updateWhere(), table.deleteSql(),
          table.columns().stream().map(column -> ", " + column).reduce("", String::concat));
    }
    if (!plan.postUpdateColumns().isEmpty()) {
      builder.add("\n    .postUpdateColumns($L)", String.join(", ",
          plan.postUpdateColumns().stream().map(String::valueOf).toList()));
    }
    for (DeleteStepPlan step : plan.deleteSteps()) {
      builder.add("\n    .step($T.Kind.$L, $T.Decision.$L, $L)", RuntimeNames.DELETE_STEP,
          step.kind(), RuntimeNames.DELETE_STEP, step.decision(),
          relation(step.relation().field()));
    }
    addSetDeletes(builder);
    plan.links().forEach((field, links) -> builder.add("\n    .links($L,\n        $S,\n"
        + "        $S,\n        $S,\n        $S,\n        $S)", relation(field),
        links.insert(), links.delete(),
        links.deleteOfOwner(), links.deleteOfOwners(), links.updateOwnerKey()));
    builder.add("\n    .build()");
    type.member().javadoc("How {@link $T} rows are written and deleted, as planned at compile"
            + " time.\n", entityName)
        .open("private static final class $L", NAME)
        .member().javadoc("Inserted at position $L. Deleting a $L: $L.\n", plan.insertPosition(),
            entity.simpleName(), String.join("; ", plan.deleteWords()))
        .line("static final $T<$T> PLAN = $L;", RuntimeNames.FLUSH_PLAN, entityName, builder)
        .member().open("private $L()", NAME).close()
        .close();
  }
}
