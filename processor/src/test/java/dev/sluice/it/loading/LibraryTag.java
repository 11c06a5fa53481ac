package dev.sluice.it.loading;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** Links libraries and tags. */
@AssociationTable(name = "library_tag")
public class LibraryTag {
  @ForeignKey(entity = Library.class) Long libraryId;
  @ForeignKey(entity = Tag.class) Long tagId;
}
