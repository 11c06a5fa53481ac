package dev.sluice.conformance.single.m2m;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** Links parents to children of either subclass; its key references the root's table. */
@AssociationTable(name = "m2m")
public class M2m {
  @ForeignKey(entity = Parent.class) Long parentId;
  @ForeignKey(entity = Child.class) Long childId;
}
