package dev.sluice.example.backrefs;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.runtime.RelatedRef;

/**
 * One desk per person: the other side of Person.desk. Its field carries no annotation, since
 * Person.desk names it as its backref; Java still needs the field.
 */
@Entity(table = "desks")
public class Desk {
  @Id @GeneratedValue Long id;
  String label;
  @ForeignKey(entity = Person.class) @Column(unique = true) Long ownerId;

  final RelatedRef<Person> owner = Desk_.owner(this);

  Desk() {}

  Desk(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return "<Desk: " + label + ">";
  }
}
