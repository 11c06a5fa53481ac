package dev.sluice.processor.validate;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.PassiveDeletes;
import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;

/** {@code passiveDeletes = ALL} never touches children, so it cannot cascade DELETE to them. */
public final class PassiveDeletesAllWithDeleteRule implements SchemaRule {
  @Override
  public void check(Schema schema, Reporter reporter) {
    for (Relation relation : Relations.all(schema)) {
      if (relation.passiveDeletes() == PassiveDeletes.ALL
          && relation.cascades(Cascade.DELETE)) {
        reporter.report(Diagnostic.PASSIVE_ALL_WITH_DELETE,
            Relations.option(relation, "passiveDeletes"), relation.describe());
      }
    }
  }
}
