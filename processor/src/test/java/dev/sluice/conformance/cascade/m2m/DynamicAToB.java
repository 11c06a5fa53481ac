package dev.sluice.conformance.cascade.m2m;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** Links dynamic_a and b. */
@AssociationTable(name = "dynamic_atob")
public class DynamicAToB {
  @ForeignKey(entity = DynamicA.class) Long aid;
  @ForeignKey(entity = B.class) Long bid;
}
