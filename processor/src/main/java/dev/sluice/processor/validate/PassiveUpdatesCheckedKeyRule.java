package dev.sluice.processor.validate;

import dev.sluice.annotations.Action;
import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Direction;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;

/**
 * {@code passiveUpdates = false} updates the referenced row first and the referencing rows
 * after; a database constraint without ON UPDATE CASCADE rejects the first UPDATE at once.
 */
public final class PassiveUpdatesCheckedKeyRule implements SchemaRule {
  @Override
  public void check(Schema schema, Reporter reporter) {
    for (Relation relation : Relations.all(schema)) {
      if (relation.passiveUpdates() || relation.direction() == Direction.MANY_TO_MANY) {
        continue;
      }
      for (Column column : Relations.foreignKeyColumns(schema, relation)) {
        if (column.foreignKey() != null && column.foreignKey().constraint()
            && column.foreignKey().onUpdate() != Action.CASCADE) {
          reporter.report(Diagnostic.PASSIVE_UPDATES_CHECKED_KEY,
              Relations.option(relation, "passiveUpdates"), relation.describe(),
              Naming.simpleName(relation.foreignKeyHolder()), column.field());
          break;
        }
      }
    }
  }
}
