package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** A row owned by an {@link SnA} of either class. */
@Entity(table = "sn_b")
public class SnB {
  @Id @GeneratedValue Long id;
  @ForeignKey(entity = SnA.class) Long aId;
}
