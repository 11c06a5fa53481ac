package dev.sluice.bench.model;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A child row; its foreign key has no ON DELETE, so the ORM must delete it. */
@Entity(table = "child")
public class Child {
  @Id @GeneratedValue public Long id;
  @Column(nullable = false, length = 100) public String name;
  @ForeignKey(entity = Parent.class) @Column(nullable = false, index = true) public Long parentId;

  @Relationship(backPopulates = "children")
  public final RelatedRef<Parent> parent = Child_.parent(this);

  public Child() {}

  public Child(String name) {
    this.name = name;
  }
}
