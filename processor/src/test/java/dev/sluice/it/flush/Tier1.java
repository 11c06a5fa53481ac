package dev.sluice.it.flush;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** The top of a chain of many-to-ones, each owning the next (delete, delete-orphan). */
@Entity(table = "t1")
public class Tier1 {
  @Id @GeneratedValue Long id;
  String data;
  @ForeignKey(entity = Tier2.class) Long t2Id;

  @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, singleParent = true)
  final RelatedRef<Tier2> t2 = Tier1_.t2(this);

  Tier1() {}

  Tier1(String data) {
    this.data = data;
  }
}
