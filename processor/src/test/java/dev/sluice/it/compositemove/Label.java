package dev.sluice.it.compositemove;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKeyConstraint;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A label on a shelf; the database carries a moved shelf's key into it. */
@Entity(table = "labels")
@ForeignKeyConstraint(columns = {"aisle", "position"}, entity = Shelf.class,
    references = {"aisle", "position"}, onUpdate = Action.CASCADE)
public class Label {
  @Id @GeneratedValue Long id;
  Integer aisle;
  Integer position;
  String text;

  @Relationship(primaryJoin = "Label.aisle = Shelf.aisle AND Label.position = Shelf.position")
  final RelatedRef<Shelf> shelf = Label_.shelf(this);

  Label() {}

  Label(Shelf shelf, String text) {
    this.shelf.set(shelf);
    this.text = text;
  }
}
