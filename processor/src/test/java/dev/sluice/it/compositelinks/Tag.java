package dev.sluice.it.compositelinks;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;

/** A tag that bins carry. */
@Entity(table = "tags")
public class Tag {
  @Id String name;

  Tag() {}

  Tag(String name) {
    this.name = name;
  }
}
