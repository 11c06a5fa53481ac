package dev.sluice.it.passive;

import dev.sluice.annotations.Action;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A child row removed by ON DELETE CASCADE. */
@Entity(table = "child")
public class Child {
  @Id @GeneratedValue Long id;
  String name;
  @ForeignKey(entity = Parent.class, onDelete = Action.CASCADE) @Column(nullable = false)
  Long parentId;

  @Relationship(backPopulates = "children")
  final RelatedRef<Parent> parent = Child_.parent(this);

  Child() {}

  Child(String name) {
    this.name = name;
  }
}
