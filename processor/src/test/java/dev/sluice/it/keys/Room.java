package dev.sluice.it.keys;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A room of an office, two levels below the region's code. */
@Entity(table = "rooms")
public class Room {
  @Id @GeneratedValue Long id;
  String name;
  @ForeignKey(entity = Office.class, onUpdate = Action.CASCADE) String officeCode;

  @Relationship
  final RelatedRef<Office> office = Room_.office(this);

  Room() {}

  Room(String name) {
    this.name = name;
  }
}
