package dev.sluice.it.planner;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** A book on a shelf, with genres linked through an association table. */
@Entity(table = "book")
public class Book {
  @Id @GeneratedValue public Long id;
  public String title;
  @ForeignKey(entity = Shelf.class) public Long shelfId;

  @Relationship(backPopulates = "books", foreignKeys = {"shelfId"})
  public final RelatedRef<Shelf> shelf = Book_.shelf(this);

  @Relationship(secondary = BookGenre.class, backPopulates = "books")
  public final RelatedList<Genre> genres = Book_.genres(this);

  public Book() {}

  public Book(Long id, String title) {
    this.id = id;
    this.title = title;
  }
}
