package dev.sluice.conformance.cascade.chainkeep;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** The middle of the chain. */
@Entity(table = "t2")
public class T2 {
  @Id @GeneratedValue Long id;
  String data;
  @ForeignKey(entity = T3.class) Long t3id;

  @SuppressWarnings("sluice:delete-many-to-one") // the chain is owned from the top
  @Relationship(cascade = {Cascade.ALL})
  final RelatedRef<T3> t3 = T2_.t3(this);

  T2() {}

  T2(String data) {
    this.data = data;
  }
}
