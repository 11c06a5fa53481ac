package dev.sluice.it.planner;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** Links books and genres. */
@AssociationTable(name = "book_genre")
public class BookGenre {
  @ForeignKey(entity = Book.class) Long bookId;
  @ForeignKey(entity = Genre.class) Long genreId;
}
