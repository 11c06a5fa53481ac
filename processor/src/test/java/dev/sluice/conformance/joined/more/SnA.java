package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PolymorphicOn;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** SameNameOnJoined's root, owning its bs. */
@Entity(table = "sn_a")
@PolymorphicOn("t")
@PolymorphicIdentity("a")
public class SnA {
  @Id @GeneratedValue Long id;
  String t;

  @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<SnB> bs = SnA_.bs(this);
}
