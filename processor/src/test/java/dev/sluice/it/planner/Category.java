package dev.sluice.it.planner;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** A category in a tree of categories (rows of one table referencing each other). */
@Entity(table = "category")
public class Category {
  @Id @GeneratedValue public Long id;
  public String name;
  @ForeignKey(entity = Category.class) public Long parentId;

  @Relationship(backPopulates = "parent", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  public final RelatedList<Category> children = Category_.children(this);

  @Relationship(backPopulates = "children", remoteSide = "id")
  public final RelatedRef<Category> parent = Category_.parent(this);

  public Category() {}

  public Category(Long id, String name) {
    this.id = id;
    this.name = name;
  }
}
