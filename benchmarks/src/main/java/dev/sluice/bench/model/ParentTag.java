package dev.sluice.bench.model;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** Links parents and tags. */
@AssociationTable(name = "parent_tag")
public class ParentTag {
  @ForeignKey(entity = Parent.class) public Long parentId;
  @ForeignKey(entity = Tag.class) public Long tagId;
}
