package dev.sluice.it.edges;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A writer known by name; the ORM carries a new name over to its novels. */
@Entity(table = "writer")
public class Writer {
  @Id String name;

  @Relationship(backPopulates = "writer", passiveUpdates = false)
  final RelatedList<Novel> novels = Writer_.novels(this);

  Writer() {}

  Writer(String name) {
    this.name = name;
  }
}
