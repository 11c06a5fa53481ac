package dev.sluice.conformance.joined.basic;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** Owns rows of a hierarchy, cascading everything to them. */
@Entity(table = "t1")
public class T1 {
  @Id @GeneratedValue Long id;
  String data;

  @Relationship(cascade = Cascade.ALL)
  final RelatedList<T2> t2s = T1_.t2s(this);

  T1() {}

  T1(String data) {
    this.data = data;
  }
}
