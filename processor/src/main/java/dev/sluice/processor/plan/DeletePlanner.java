package dev.sluice.processor.plan;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.PassiveDeletes;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.DependencyGraph;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The ordered steps of deleting one entity, from its relations' cascades and passive-delete
 * settings, with the same plan in words for the report.
 */
final class DeletePlanner {
  private final Schema schema;
  private final DependencyGraph graph;
  private final SetDeletePlanner sets;

  DeletePlanner(Schema schema, DependencyGraph graph, SetDeletePlanner sets) {
    this.schema = schema;
    this.graph = graph;
    this.sets = sets;
  }

  /**
   * The steps of deleting a row of {@code entity}, each with its one decision: every
   * one-to-many and many-to-many has a step, a many-to-one only when it cascades DELETE (else
   * deleting the owner does nothing to its parent).
   */
  List<DeleteStepPlan> steps(Entity entity) {
    List<DeleteStepPlan> steps = new ArrayList<>();
    for (Relation relation : entity.allRelations()) {
      DeleteStepPlan.Kind kind = kind(relation);
      if (kind != null) {
        DeleteStepPlan.Decision decision = decision(entity, relation, kind);
        steps.add(new DeleteStepPlan(kind, decision, relation, words(kind, decision, relation)));
      }
    }
    steps.sort(Comparator.comparing(DeleteStepPlan::kind));
    return steps;
  }

  /**
   * How a step reaches the related rows: passive deletes leave them to the database (ON) or
   * untouched (ALL); otherwise association rows go by one statement over the owner's key,
   * and children by one set-based statement per cascade level when the whole cascade below
   * can be written so, or are loaded and processed one by one.
   */
  DeleteStepPlan.Decision decision(Entity owner, Relation relation, DeleteStepPlan.Kind kind) {
    switch (relation.passiveDeletes()) {
      case ALL:
        return DeleteStepPlan.Decision.SKIP;
      case ON:
        return DeleteStepPlan.Decision.DATABASE;
      default:
        break;
    }
    if (kind == DeleteStepPlan.Kind.UNLINK || sets.reachesUnloaded(owner, relation)) {
      return DeleteStepPlan.Decision.STATEMENT;
    }
    return DeleteStepPlan.Decision.LOAD;
  }

  /** "deleting a Person: DELETE its morelogs; set logs.person_id to NULL; …; DELETE the person". */
  List<String> words(Entity entity, List<DeleteStepPlan> steps) {
    List<String> words = new ArrayList<>();
    for (Column column : entity.columns()) {
      if (graph.isPostUpdate(entity.qualifiedName(), column.field())) {
        words.add("set its " + column.name() + " to NULL (post-update)");
      }
    }
    steps.forEach(step -> words.add(step.words()));
    words.add("DELETE the " + entity.simpleName().toLowerCase(Locale.ROOT));
    return words;
  }

  private static DeleteStepPlan.Kind kind(Relation relation) {
    boolean delete = relation.cascades(Cascade.DELETE);
    switch (relation.direction()) {
      case ONE_TO_MANY:
        return delete ? DeleteStepPlan.Kind.DELETE_CHILDREN : DeleteStepPlan.Kind.NULLIFY_CHILDREN;
      case MANY_TO_MANY:
        return delete ? DeleteStepPlan.Kind.UNLINK_AND_DELETE : DeleteStepPlan.Kind.UNLINK;
      default:
        return delete ? DeleteStepPlan.Kind.DELETE_PARENT : null;
    }
  }

  private String words(DeleteStepPlan.Kind kind, DeleteStepPlan.Decision decision,
      Relation relation) {
    if (decision == DeleteStepPlan.Decision.SKIP) {
      return "leave its " + relation.field() + " untouched (passiveDeletes = ALL)";
    }
    String passive = decision == DeleteStepPlan.Decision.DATABASE
        ? " (unloaded ones are left to the database's ON DELETE)" : "";
    switch (kind) {
      case DELETE_CHILDREN:
        return "DELETE its " + relation.field() + passive;
      case NULLIFY_CHILDREN: {
        Entity child = schema.entity(relation.target());
        List<String> columns = relation.targetFields().stream()
            .map(f -> child.table() + "." + child.column(f).name()).toList();
        return "set " + String.join(", ", columns) + " to NULL" + passive;
      }
      case UNLINK:
        return "DELETE its " + schema.association(relation.secondary()).table() + " links"
            + passive;
      case UNLINK_AND_DELETE:
        return "DELETE its " + schema.association(relation.secondary()).table()
            + " links and its " + relation.field() + passive;
      default:
        return "then DELETE its " + relation.field() + " (cascade on the many-to-one)";
    }
  }
}
