package dev.sluice.it.compositelinks;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** Links bins and tags: a bin by both columns of its key, a tag by its name. */
@AssociationTable(name = "bin_tags")
public class BinTag {
  Integer aisle;
  Integer shelf;
  @ForeignKey(entity = Tag.class) String tagName;
}
