package dev.sluice.processor.validate;

import dev.sluice.annotations.Cascade;
import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.model.Direction;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;

/** DELETE_ORPHAN on a many-to-many or many-to-one side needs {@code singleParent = true}. */
public final class DeleteOrphanNeedsSingleParentRule implements SchemaRule {
  @Override
  public void check(Schema schema, Reporter reporter) {
    for (Relation relation : Relations.all(schema)) {
      boolean manySide = relation.direction() == Direction.MANY_TO_MANY
          || relation.direction() == Direction.MANY_TO_ONE;
      if (manySide && relation.cascades(Cascade.DELETE_ORPHAN) && !relation.singleParent()) {
        reporter.report(Diagnostic.DELETE_ORPHAN_NEEDS_SINGLE_PARENT,
            Relations.option(relation, "cascade"), relation.describe(),
            relation.direction().words(), Naming.simpleName(relation.target()));
      }
    }
  }
}
