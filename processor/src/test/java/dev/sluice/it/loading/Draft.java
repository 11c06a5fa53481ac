package dev.sluice.it.loading;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** A draft of a library, reached only from the library's side. */
@Entity(table = "draft")
public class Draft {
  @Id @GeneratedValue Long id;
  String text;
  @ForeignKey(entity = Library.class) Long libraryId;

  Draft() {}

  Draft(String text) {
    this.text = text;
  }
}
