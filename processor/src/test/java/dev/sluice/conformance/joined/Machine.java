package dev.sluice.conformance.joined;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A row referencing a joined subclass, whose key is in the subclass's own table. */
@Entity(table = "machines")
public class Machine {
  @Id @GeneratedValue Long id;
  String name;
  @ForeignKey(entity = Engineer.class) @Column(nullable = false) Long engineerId;

  @Relationship(backPopulates = "machines")
  final RelatedRef<Engineer> engineer = Machine_.engineer(this);

  Machine() {}

  Machine(String name) {
    this.name = name;
  }
}
