package dev.sluice.processor.validate;

import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.base.Position;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.model.DependencyGraph;
import dev.sluice.processor.model.Direction;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables that reference each other in a cycle have no insert order unless one relationship on
 * the cycle writes its key with a post-update. Reports each cycle once, as a path, on the
 * first relationship that could carry {@code postUpdate}.
 */
public final class CycleNeedsPostUpdateRule implements SchemaRule {
  @Override
  public void check(Schema schema, Reporter reporter) {
    DependencyGraph graph = DependencyGraph.of(schema);
    for (List<String> cycle : graph.cycles()) {
      List<Relation> candidates = candidates(schema, cycle);
      String path = String.join(" -> ", cycle.stream().map(Naming::simpleName).toList());
      Position where = candidates.isEmpty() ? Position.of(schema.element())
          : Position.of(candidates.get(0).declaringElement(), candidates.get(0).mirror());
      reporter.report(Diagnostic.CYCLE_NEEDS_POST_UPDATE, where, path, candidates.isEmpty()
          ? "the relationships over these foreign keys (declare one)"
          : candidates.stream().map(Relation::describe).toList().toString());
    }
  }

  /** Relationship sides whose foreign key is an edge of the cycle. */
  private static List<Relation> candidates(Schema schema, List<String> cycle) {
    List<Relation> candidates = new ArrayList<>();
    for (int i = 0; i + 1 < cycle.size(); i++) {
      String child = cycle.get(i);
      String parent = cycle.get(i + 1);
      for (Relation relation : Relations.all(schema)) {
        boolean edge = relation.direction() != Direction.MANY_TO_MANY
            && child.equals(relation.foreignKeyHolder())
            && parent.equals(relation.direction() == Direction.MANY_TO_ONE
                ? relation.target() : relation.owner());
        if (edge && !relation.backrefSide()) {
          candidates.add(relation);
        }
      }
    }
    return candidates;
  }
}
