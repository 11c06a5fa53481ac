package dev.sluice.it.loading;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedSet;

/** A library: books SELECTIN, shelves JOINED, notes RAISE, drafts NOLOAD, tags SELECTIN. */
@Entity(table = "library")
public class Library {
  @Id @GeneratedValue Long id;
  String name;

  @Relationship(backPopulates = "library", lazy = Lazy.SELECTIN, orderBy = "title DESC",
      cascade = {Cascade.ALL})
  final RelatedList<Book> books = Library_.books(this);

  @Relationship(lazy = Lazy.JOINED, cascade = {Cascade.ALL})
  final RelatedList<Shelf> shelves = Library_.shelves(this);

  @Relationship(lazy = Lazy.RAISE, cascade = {Cascade.ALL})
  final RelatedList<Note> notes = Library_.notes(this);

  @Relationship(lazy = Lazy.NOLOAD, cascade = {Cascade.ALL})
  final RelatedList<Draft> drafts = Library_.drafts(this);

  @Relationship(secondary = LibraryTag.class, lazy = Lazy.SELECTIN, backPopulates = "libraries")
  final RelatedSet<Tag> tags = Library_.tags(this);

  Library() {}

  Library(String name) {
    this.name = name;
  }
}
