package dev.sluice.it.keys;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/**
 * A region whose code the database cascades to its offices (ON UPDATE CASCADE); its
 * {@code passiveUpdates = false} is redundant and must not get in the database's way.
 */
@Entity(table = "regions")
public class Region {
  @Id String code;
  @Column(unique = true) String label;

  @Relationship(backPopulates = "region", passiveUpdates = false, cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<Office> offices = Region_.offices(this);

  Region() {}

  Region(String code) {
    this.code = code;
  }
}
