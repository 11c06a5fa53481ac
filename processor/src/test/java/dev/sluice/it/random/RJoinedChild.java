package dev.sluice.it.random;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PrimaryKeyJoin;

/**
 * A child of a subclass with a table of its own, keyed to the children's table by a logical
 * key (no database foreign key), so a row the flush forgets in either table shows as a row
 * without its other half.
 */
@Entity(table = "r_joined_child")
@PrimaryKeyJoin(constraint = false)
@PolymorphicIdentity("joined")
public class RJoinedChild extends RChild {
  int weight = 1;

  RJoinedChild() {}

  RJoinedChild(String name) {
    super(name);
  }

  @Override
  public String toString() {
    return "RJoinedChild " + id + " " + name;
  }
}
