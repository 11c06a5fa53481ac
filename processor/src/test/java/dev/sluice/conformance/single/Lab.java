package dev.sluice.conformance.single;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A company whose relation targets a subclass, loaded by a join in the parent's query. */
@Entity(table = "labs")
public class Lab {
  @Id @GeneratedValue Long id;
  String name;

  @Relationship(lazy = Lazy.JOINED)
  final RelatedList<Technician> engineers = Lab_.engineers(this);

  Lab() {}

  Lab(String name) {
    this.name = name;
  }
}
