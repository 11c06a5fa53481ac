package dev.sluice.it.passive;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PassiveDeletes;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A parent whose children the database deletes with it. */
@Entity(table = "parent")
public class Parent {
  @Id @GeneratedValue Long id;
  String name;

  @Relationship(backPopulates = "parent", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      passiveDeletes = PassiveDeletes.ON)
  final RelatedList<Child> children = Parent_.children(this);

  Parent() {}

  Parent(String name) {
    this.name = name;
  }
}
