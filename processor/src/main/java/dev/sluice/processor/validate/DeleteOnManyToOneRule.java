package dev.sluice.processor.validate;

import dev.sluice.annotations.Cascade;
import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Naming;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.model.Direction;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;

/** A DELETE cascade on a many-to-one deletes a parent other children may still share. */
public final class DeleteOnManyToOneRule implements SchemaRule {
  @Override
  public void check(Schema schema, Reporter reporter) {
    for (Relation relation : Relations.all(schema)) {
      if (relation.direction() == Direction.MANY_TO_ONE && relation.cascades(Cascade.DELETE)
          && !relation.singleParent()) {
        reporter.report(Diagnostic.DELETE_ON_MANY_TO_ONE, Relations.option(relation, "cascade"),
            relation.describe(), Relations.withArticle(relation.owner()),
            Naming.simpleName(relation.target()));
      }
    }
  }
}
