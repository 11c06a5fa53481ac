package dev.sluice.conformance.inhrelationship;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/**
 * A row with a many-to-one to the root and one to a subclass. SQLAlchemy's test maps both on
 * one key, the second view-only; here the second has its own key, set to the same value.
 */
@Entity(table = "others")
public class Other {
  @Id @GeneratedValue Long id;
  @ForeignKey(entity = Parent.class) Long parentId;
  @ForeignKey(entity = Child2.class) Long child2Id;

  @Relationship(foreignKeys = "parentId")
  final RelatedRef<Parent> parent = Other_.parent(this);

  @Relationship(foreignKeys = "child2Id")
  final RelatedRef<Child2> child2 = Other_.child2(this);
}
