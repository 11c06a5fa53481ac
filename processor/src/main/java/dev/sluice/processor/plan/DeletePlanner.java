package dev.sluice.processor.plan;

import dev.sluice.processor.parse.CascadeKind;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.DependencyGraph;
import dev.sluice.processor.model.Entity;
import dev.sluice.processor.parse.PassiveDeletes;
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

  DeletePlanner(Schema schema, DependencyGraph graph) {
    this.schema = schema;
    this.graph = graph;
  }

  List<DeleteStepPlan> steps(Entity entity) {
    List<DeleteStepPlan> steps = new ArrayList<>();
    for (Relation relation : entity.relations()) {
      DeleteStepPlan.Kind kind = kind(relation);
      if (kind != null) {
        steps.add(new DeleteStepPlan(kind, relation, words(kind, relation)));
      }
    }
    steps.sort(Comparator.comparing(DeleteStepPlan::kind));
    return steps;
  }

  /** "deleting a Person: DELETE its morelogs; set logs.person_id to NULL; …; DELETE the person". */
  List<String> words(Entity entity, List<DeleteStepPlan> steps) {
    List<String> words = new ArrayList<>();
    for (Column column : entity.columns()) {
      if (graph.isPostUpdate(entity.qualifiedName(), column.field())) {
        words.add("set its " + column.name() + " to NULL (post-update)");
      }
    }
    for (Relation relation : entity.relations()) {
      if (relation.passiveDeletes() == PassiveDeletes.ALL) {
        words.add("leave its " + relation.field() + " untouched (passiveDeletes = ALL)");
      }
    }
    steps.forEach(step -> words.add(step.words()));
    words.add("DELETE the " + entity.simpleName().toLowerCase(Locale.ROOT));
    return words;
  }

  private static DeleteStepPlan.Kind kind(Relation relation) {
    boolean delete = relation.cascades(CascadeKind.DELETE);
    boolean touch = relation.passiveDeletes() != PassiveDeletes.ALL;
    switch (relation.direction()) {
      case ONE_TO_MANY:
        return delete ? DeleteStepPlan.Kind.DELETE_CHILDREN
            : touch ? DeleteStepPlan.Kind.NULLIFY_CHILDREN : null;
      case MANY_TO_MANY:
        return delete ? DeleteStepPlan.Kind.UNLINK_AND_DELETE
            : touch ? DeleteStepPlan.Kind.UNLINK : null;
      default:
        return delete ? DeleteStepPlan.Kind.DELETE_PARENT : null;
    }
  }

  private String words(DeleteStepPlan.Kind kind, Relation relation) {
    String passive = relation.passiveDeletes() == PassiveDeletes.ON
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
