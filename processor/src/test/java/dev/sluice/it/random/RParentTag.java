package dev.sluice.it.random;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** Links parents and tags. */
@AssociationTable(name = "r_parent_tag")
public class RParentTag {
  @ForeignKey(entity = RParent.class) Long parentId;
  @ForeignKey(entity = RTag.class) Long tagId;
}
