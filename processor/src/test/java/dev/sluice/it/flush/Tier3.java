package dev.sluice.it.flush;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.runtime.RelatedRef;

/** The bottom of the chain. */
@Entity(table = "t3")
public class Tier3 {
  @Id @GeneratedValue Long id;
  String data;

  final RelatedRef<Tier2> t2 = Tier3_.t2(this);

  Tier3() {}

  Tier3(String data) {
    this.data = data;
  }
}
