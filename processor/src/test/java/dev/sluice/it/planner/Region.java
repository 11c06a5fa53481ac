package dev.sluice.it.planner;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A region known by a code that may change; the ORM carries it into its stores' rows. */
@Entity(table = "region")
public class Region {
  @Id public String code;

  @Relationship(backPopulates = "region", passiveUpdates = false, cascade = Cascade.ALL)
  public final RelatedList<Store> stores = Region_.stores(this);

  public Region() {}

  public Region(String code) {
    this.code = code;
  }
}
