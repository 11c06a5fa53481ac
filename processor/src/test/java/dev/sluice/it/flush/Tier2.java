package dev.sluice.it.flush;

import dev.sluice.annotations.Backref;
import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** The middle of the chain; its {@code t3} has a one-to-one backref. */
@Entity(table = "t2")
public class Tier2 {
  @Id @GeneratedValue Long id;
  String data;
  @ForeignKey(entity = Tier3.class) Long t3Id;

  @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, singleParent = true,
      backref = "t2", backrefOptions = @Backref)
  final RelatedRef<Tier3> t3 = Tier2_.t3(this);

  Tier2() {}

  Tier2(String data) {
    this.data = data;
  }
}
