package dev.sluice.conformance.single;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A row referencing a subclass: its parent is a manager. */
@Entity(table = "employee_stuff")
public class Stuff {
  @Id @GeneratedValue Long id;
  String name;
  @ForeignKey(entity = Manager.class) Long managerId;

  @Relationship(backPopulates = "stuff")
  final RelatedRef<Manager> manager = Stuff_.manager(this);

  Stuff() {}

  Stuff(String name) {
    this.name = name;
  }
}
