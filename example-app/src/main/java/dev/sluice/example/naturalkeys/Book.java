package dev.sluice.example.naturalkeys;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A book; author_name is a logical foreign key (constraint = false): no constraint in the DDL. */
@Entity(table = "book")
public class Book {
  @Id @GeneratedValue Long id;
  String title;
  @ForeignKey(entity = Author.class, constraint = false) String authorName;

  @Relationship(backPopulates = "books")
  final RelatedRef<Author> author = Book_.author(this);

  Book() {}

  Book(String title) {
    this.title = title;
  }

  @Override
  public String toString() {
    return "<Book: " + title + ", author_name=" + authorName + ">";
  }
}
