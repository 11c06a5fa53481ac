package dev.sluice.processor.validate;

import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Direction;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;

/** A post-update inserts the row with the reference NULL first, so the column must allow it. */
public final class PostUpdateNotNullRule implements SchemaRule {
  @Override
  public void check(Schema schema, Reporter reporter) {
    for (Relation relation : Relations.all(schema)) {
      if (!relation.postUpdate() || relation.direction() == Direction.MANY_TO_MANY) {
        continue;
      }
      for (Column column : Relations.foreignKeyColumns(schema, relation)) {
        if (!column.nullable() && !column.id()) { // the holder's own key is not post-updated
          reporter.report(Diagnostic.POST_UPDATE_NOT_NULL,
              Relations.option(relation, "postUpdate"), relation.describe(),
              Naming.simpleName(relation.foreignKeyHolder()), column.field());
          break;
        }
      }
    }
  }
}
