package dev.sluice.it.mapped;

import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.MappedSuperclass;
import dev.sluice.it.mapped.base.Audited;

/** A generated id for the entities of this package, on top of the audit columns. */
@MappedSuperclass
abstract class Keyed extends Audited {
  @Id @GeneratedValue Long id;
}
