package dev.sluice.it.dropcycle;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** An author and its books reference each other; its favorite is written after the INSERT. */
@Entity(table = "authors")
public class Author {
  @Id Long id;
  @ForeignKey(entity = Book.class) Long favoriteId;

  @Relationship(backPopulates = "author", cascade = {Cascade.ALL},
      foreignKeys = {"Book.authorId"})
  final RelatedList<Book> books = Author_.books(this);

  @Relationship(postUpdate = true, foreignKeys = {"favoriteId"})
  final RelatedRef<Book> favorite = Author_.favorite(this);

  Author() {}

  Author(long id) {
    this.id = id;
  }
}
