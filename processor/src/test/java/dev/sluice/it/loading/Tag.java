package dev.sluice.it.loading;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedSet;

/** A tag shared by libraries. */
@Entity(table = "tag")
public class Tag {
  @Id @GeneratedValue Long id;
  String name;

  @Relationship(secondary = LibraryTag.class, backPopulates = "tags")
  final RelatedSet<Library> libraries = Tag_.libraries(this);

  Tag() {}

  Tag(String name) {
    this.name = name;
  }
}
