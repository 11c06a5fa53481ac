package dev.sluice.processor.validate;

import dev.sluice.processor.base.Reporter;
import dev.sluice.processor.model.Schema;

/** One check over a linked schema; each rule reports its own diagnostics. */
public interface SchemaRule {
  void check(Schema schema, Reporter reporter);
}
