package dev.sluice.bench.model;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A parent that owns its children (deleted with it, orphans deleted) and links to tags. */
@Entity(table = "parent")
public class Parent {
  @Id @GeneratedValue public Long id;
  @Column(nullable = false, length = 100) public String name;
  /** A number the bulk-delete workload selects on. */
  @Column(nullable = false, index = true) public int score;

  @Relationship(backPopulates = "parent", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  public final RelatedList<Child> children = Parent_.children(this);

  @Relationship(secondary = ParentTag.class)
  public final RelatedList<Tag> tags = Parent_.tags(this);

  public Parent() {}

  public Parent(String name, int score) {
    this.name = name;
    this.score = score;
  }
}
