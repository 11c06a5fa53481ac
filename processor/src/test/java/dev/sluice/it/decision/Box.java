package dev.sluice.it.decision;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A child of a shelf, deleted with it. */
@Entity(table = "box")
public class Box {
  @Id @GeneratedValue Long id;
  String name;
  @ForeignKey(entity = Shelf.class) @Column(nullable = false) Long shelfId;

  @Relationship(backPopulates = "boxes")
  final RelatedRef<Shelf> shelf = Box_.shelf(this);

  Box() {}

  Box(String name) {
    this.name = name;
  }
}
