package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** Another joined subclass of {@link EtsBase}, with a JOINED relation of its own. */
@Entity(table = "other")
@PolymorphicIdentity("o")
public class EtsOther extends EtsBase {
  String label;

  @Relationship(lazy = Lazy.JOINED, orderBy = "name", cascade = {Cascade.ALL,
      Cascade.DELETE_ORPHAN})
  final RelatedList<EtsToy> toys = EtsOther_.toys(this);

  EtsOther() {}

  EtsOther(String label) {
    this.label = label;
  }
}
