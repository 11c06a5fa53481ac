package dev.sluice.processor.validate;

import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.parse.HolderKind;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;

/** {@code orderBy} orders a collection; on a single reference it would be silently ignored. */
public final class OrderByOnCollectionsRule implements SchemaRule {
  @Override
  public void check(Schema schema, Reporter reporter) {
    for (Relation relation : Relations.all(schema)) {
      if (!relation.orderBy().isEmpty() && relation.holder() == HolderKind.REF) {
        reporter.report(Diagnostic.ORDER_BY_ON_SINGLE, Relations.option(relation, "orderBy"),
            relation.describe());
      }
    }
  }
}
