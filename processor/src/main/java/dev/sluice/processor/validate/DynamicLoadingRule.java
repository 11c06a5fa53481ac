package dev.sluice.processor.validate;

import dev.sluice.annotations.Lazy;
import dev.sluice.processor.base.Diagnostic;
import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.model.Relation;
import dev.sluice.processor.model.Schema;
import dev.sluice.processor.parse.HolderKind;

/** {@code lazy = DYNAMIC} and a {@code RelatedQuery} field go together, on collection sides. */
public final class DynamicLoadingRule implements SchemaRule {
  @Override
  public void check(Schema schema, Reporter reporter) {
    for (Relation relation : Relations.all(schema)) {
      boolean dynamic = relation.loading() == Lazy.DYNAMIC;
      if (dynamic && relation.holder() == HolderKind.REF) {
        reporter.report(Diagnostic.DYNAMIC_ON_SINGLE, Relations.option(relation, "lazy"),
            relation.describe());
      } else if (dynamic && relation.holder() != HolderKind.QUERY) {
        reporter.report(Diagnostic.DYNAMIC_NEEDS_QUERY, Relations.option(relation, "lazy"),
            relation.describe(), "is lazy = DYNAMIC, but its field is a "
                + relation.holder().simpleName());
      } else if (!dynamic && relation.holder() == HolderKind.QUERY) {
        reporter.report(Diagnostic.DYNAMIC_NEEDS_QUERY, Relations.option(relation, "lazy"),
            relation.describe(), "is a RelatedQuery, but lazy = " + relation.loading());
      }
    }
  }
}
