package dev.sluice.it.faults;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A roster whose slots are keyed by the roster's id and their number. */
@Entity(table = "roster")
public class Roster {
  @Id @GeneratedValue Long id;
  @Column(nullable = false, unique = true) String name;

  @Relationship(backPopulates = "roster", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      orderBy = "number")
  final RelatedList<Slot> slots = Roster_.slots(this);

  Roster() {}

  Roster(String name) {
    this.name = name;
  }
}
