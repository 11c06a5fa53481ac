package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** EagerToSubclassTest's parent: its children are rows of a joined subclass, loaded JOINED. */
@Entity(table = "parent")
public class EtsParent {
  @Id @GeneratedValue Long id;
  String data;

  @Relationship(lazy = Lazy.JOINED, orderBy = "data",
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<EtsSub> children = EtsParent_.children(this);

  EtsParent() {}

  EtsParent(String data) {
    this.data = data;
  }
}
