package dev.sluice.it.dropcycle;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** The second parent of books. */
@Entity(table = "publishers")
public class Publisher {
  @Id Long id;

  @Relationship(backPopulates = "publisher")
  final RelatedList<Book> books = Publisher_.books(this);

  Publisher() {}

  Publisher(long id) {
    this.id = id;
  }
}
