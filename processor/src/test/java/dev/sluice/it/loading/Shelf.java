package dev.sluice.it.loading;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** A shelf of a library, reached only from the library's side. */
@Entity(table = "shelf")
public class Shelf {
  @Id @GeneratedValue Long id;
  String label;
  @ForeignKey(entity = Library.class) Long libraryId;

  Shelf() {}

  Shelf(String label) {
    this.label = label;
  }
}
