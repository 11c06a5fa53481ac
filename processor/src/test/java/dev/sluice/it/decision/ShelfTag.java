package dev.sluice.it.decision;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** Links shelves and tags. */
@AssociationTable(name = "shelf_tag")
public class ShelfTag {
  @ForeignKey(entity = Shelf.class) Long shelfId;
  @ForeignKey(entity = Tag.class) Long tagId;
}
