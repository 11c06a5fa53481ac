package dev.sluice.conformance.single;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A company whose relation targets a subclass, loaded lazily. */
@Entity(table = "divisions")
public class Division {
  @Id @GeneratedValue Long id;
  String name;

  @Relationship
  final RelatedList<Technician> engineers = Division_.engineers(this);

  Division() {}

  Division(String name) {
    this.name = name;
  }
}
