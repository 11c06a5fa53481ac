package dev.sluice.it.dropcycle;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A book with two parents: its author (a cycle through the favorite) and its publisher. */
@Entity(table = "books")
public class Book {
  @Id Long id;
  @ForeignKey(entity = Author.class) Long authorId;
  @ForeignKey(entity = Publisher.class) Long publisherId;

  @Relationship(backPopulates = "books", foreignKeys = {"authorId"})
  final RelatedRef<Author> author = Book_.author(this);

  @Relationship(backPopulates = "books")
  final RelatedRef<Publisher> publisher = Book_.publisher(this);

  Book() {}

  Book(long id) {
    this.id = id;
  }
}
