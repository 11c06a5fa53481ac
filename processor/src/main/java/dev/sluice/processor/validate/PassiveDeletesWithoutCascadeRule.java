package dev.sluice.processor.validate;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.PassiveDeletes;
import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.model.Association;
import dev.sluice.processor.model.Column;
import dev.sluice.processor.model.Direction;
import dev.sluice.processor.model.ForeignKey;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;
import java.util.List;

/**
 * {@code passiveDeletes = ON} leaves unloaded children to the database, which needs an
 * ON DELETE action on a real constraint to do anything with them.
 */
public final class PassiveDeletesWithoutCascadeRule implements SchemaRule {
  @Override
  public void check(Schema schema, Reporter reporter) {
    for (Relation relation : Relations.all(schema)) {
      if (relation.passiveDeletes() != PassiveDeletes.ON
          || relation.direction() == Direction.MANY_TO_ONE) {
        continue;
      }
      for (Column column : keyColumns(schema, relation)) {
        String problem = problem(column, relation);
        if (problem != null) {
          reporter.report(Diagnostic.PASSIVE_DELETES_WITHOUT_CASCADE,
              Relations.option(relation, "passiveDeletes"), relation.describe(), problem);
          break;
        }
      }
    }
  }

  private static List<Column> keyColumns(Schema schema, Relation relation) {
    if (relation.direction() == Direction.MANY_TO_MANY) {
      Association table = schema.association(relation.secondary());
      return relation.secondaryOwnerColumns().stream().map(name -> table.columns().stream()
          .filter(c -> c.name().equals(name)).findFirst().orElseThrow()).toList();
    }
    return Relations.foreignKeyColumns(schema, relation);
  }

  private static String problem(Column column, Relation relation) {
    ForeignKey fk = column.foreignKey();
    String name = Naming.simpleName(relation.direction() == Direction.MANY_TO_MANY
        ? relation.secondary() : relation.target()) + "." + column.field();
    if (fk == null || !fk.constraint()) {
      return name + " is a logical foreign key the database does not know";
    }
    if (fk.onDelete() != Action.CASCADE && fk.onDelete() != Action.SET_NULL) {
      return name + " has no ON DELETE CASCADE";
    }
    return null;
  }
}
