package dev.sluice.it.faults;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A squad whose staff, of a hierarchy with joined tables, are deleted with it and as orphans. */
@Entity(table = "squad")
public class Squad {
  @Id @GeneratedValue Long id;
  @Column(nullable = false, unique = true) String name;

  @Relationship(backPopulates = "squad", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<Staff> staff = Squad_.staff(this);

  Squad() {}

  Squad(String name) {
    this.name = name;
  }
}
