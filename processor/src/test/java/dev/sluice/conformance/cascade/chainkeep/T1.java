package dev.sluice.conformance.cascade.chainkeep;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** The top of a chain of many-to-ones that cascade all, without delete-orphan. */
@Entity(table = "t1")
public class T1 {
  @Id @GeneratedValue Long id;
  String data;
  @ForeignKey(entity = T2.class) Long t2id;

  @SuppressWarnings("sluice:delete-many-to-one") // the chain is owned from the top
  @Relationship(cascade = {Cascade.ALL})
  final RelatedRef<T2> t2 = T1_.t2(this);

  T1() {}

  T1(String data) {
    this.data = data;
  }
}
