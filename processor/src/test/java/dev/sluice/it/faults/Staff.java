package dev.sluice.it.faults;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PolymorphicOn;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A squad's staff member: the root of a hierarchy whose subclasses have tables of their own. */
@Entity(table = "staff")
@PolymorphicOn("role")
@PolymorphicIdentity("staff")
public class Staff {
  @Id @GeneratedValue Long id;
  @Column(nullable = false) String name;
  String role;
  @ForeignKey(entity = Squad.class) @Column(nullable = false) Long squadId;

  @Relationship(backPopulates = "staff")
  final RelatedRef<Squad> squad = Staff_.squad(this);

  Staff() {}

  Staff(String name) {
    this.name = name;
  }
}
