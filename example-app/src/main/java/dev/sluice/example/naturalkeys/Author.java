package dev.sluice.example.naturalkeys;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/**
 * An author known by name. Its books reference it through a logical foreign key, which the
 * database does not know, so the ORM carries a new name over: passiveUpdates = false.
 */
@Entity(table = "author")
public class Author {
  @Id String name;

  @Relationship(backPopulates = "author", passiveUpdates = false)
  final RelatedList<Book> books = Author_.books(this);

  Author() {}

  Author(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "<Author: " + name + ">";
  }
}
