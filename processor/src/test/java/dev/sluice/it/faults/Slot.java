package dev.sluice.it.faults;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A numbered slot of a roster: a composite primary key whose first part is a foreign key. */
@Entity(table = "slot")
public class Slot {
  @Id @ForeignKey(entity = Roster.class) Long rosterId;
  @Id Integer number;
  String role;

  @Relationship(backPopulates = "slots")
  final RelatedRef<Roster> roster = Slot_.roster(this);

  Slot() {}

  Slot(int number, String role) {
    this.number = number;
    this.role = role;
  }
}
