package dev.sluice.conformance.cascade.m2m;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** Links a and b. */
@AssociationTable(name = "atob")
public class AToB {
  @ForeignKey(entity = A.class) Long aid;
  @ForeignKey(entity = B.class) Long bid;
}
