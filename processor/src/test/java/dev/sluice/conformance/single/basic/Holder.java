package dev.sluice.conformance.single.basic;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** The parent of DeleteOrphanTest, owning its related rows with delete-orphan. */
@Entity(table = "parent")
public class Holder {
  @Id @GeneratedValue Long id;
  String data;

  @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<Single> related = Holder_.related(this);
}
