package dev.sluice.it.planner;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A store in a region, referencing it by code. */
@Entity(table = "store")
public class Store {
  @Id public String name;
  @ForeignKey(entity = Region.class, constraint = false) public String regionCode;

  @Relationship(backPopulates = "stores")
  public final RelatedRef<Region> region = Store_.region(this);

  public Store() {}

  public Store(String name, String regionCode) {
    this.name = name;
    this.regionCode = regionCode;
  }
}
