package dev.sluice.it.loading;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A book; its library loads lazily, from the identity map when it can. */
@Entity(table = "book")
public class Book {
  @Id @GeneratedValue Long id;
  String title;
  @ForeignKey(entity = Library.class) Long libraryId;

  @Relationship(backPopulates = "books")
  final RelatedRef<Library> library = Book_.library(this);

  Book() {}

  Book(String title) {
    this.title = title;
  }
}
