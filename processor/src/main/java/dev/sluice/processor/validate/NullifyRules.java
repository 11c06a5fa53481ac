package dev.sluice.processor.validate;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.PassiveDeletes;
import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;

/**
 * The default on deleting a parent sets children's foreign keys to NULL. Warns when that must
 * fail (the column is NOT NULL) or undoes the database's own ON DELETE CASCADE.
 */
public final class NullifyRules implements SchemaRule {
  @Override
  public void check(Schema schema, Reporter reporter) {
    for (Relation relation : Relations.all(schema)) {
      if (!relation.foreignKeyOnTarget() || relation.cascades(Cascade.DELETE)
          || relation.passiveDeletes() != PassiveDeletes.OFF) {
        continue;
      }
      String parent = Relations.withArticle(relation.owner());
      for (Column column : Relations.foreignKeyColumns(schema, relation)) {
        String child = Naming.simpleName(relation.target());
        boolean databaseCascades = column.foreignKey() != null
            && column.foreignKey().constraint() && column.foreignKey().onDelete() == Action.CASCADE;
        if (databaseCascades) {
          reporter.report(Diagnostic.NULLIFY_DEFEATS_DATABASE_CASCADE,
              Relations.option(relation, "cascade"), parent, child, column.field(),
              relation.describe());
          break;
        }
        if (!column.nullable()) {
          reporter.report(Diagnostic.NULLIFY_NOT_NULL, Relations.option(relation, "cascade"),
              parent, child, column.field(), relation.describe());
          break;
        }
      }
    }
  }
}
