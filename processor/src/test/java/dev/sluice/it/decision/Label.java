package dev.sluice.it.decision;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A child of a shelf that the database deletes with it. */
@Entity(table = "label")
public class Label {
  @Id @GeneratedValue Long id;
  String name;
  @ForeignKey(entity = Shelf.class, onDelete = Action.CASCADE) @Column(nullable = false)
  Long shelfId;

  @Relationship(backPopulates = "labels")
  final RelatedRef<Shelf> shelf = Label_.shelf(this);

  Label() {}

  Label(String name) {
    this.name = name;
  }
}
