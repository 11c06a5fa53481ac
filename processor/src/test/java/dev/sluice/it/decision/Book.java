package dev.sluice.it.decision;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A child of a shelf, kept without it when the shelf is deleted. */
@Entity(table = "book")
public class Book {
  @Id @GeneratedValue Long id;
  String name;
  @ForeignKey(entity = Shelf.class) Long shelfId;

  @Relationship(backPopulates = "books")
  final RelatedRef<Shelf> shelf = Book_.shelf(this);

  Book() {}

  Book(String name) {
    this.name = name;
  }
}
