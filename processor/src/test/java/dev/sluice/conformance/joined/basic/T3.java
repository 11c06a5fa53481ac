package dev.sluice.conformance.joined.basic;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** Joined below {@link T2}, cascading to rows of its own. */
@Entity(table = "t3")
@PolymorphicIdentity("t3")
public class T3 extends T2 {
  String moredata;

  @Relationship(cascade = Cascade.ALL)
  final RelatedList<T4> t4s = T3_.t4s(this);

  T3() {}

  T3(String data, String moredata) {
    super(data);
    this.moredata = moredata;
  }
}
