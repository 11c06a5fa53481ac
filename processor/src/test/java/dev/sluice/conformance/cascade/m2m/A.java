package dev.sluice.conformance.cascade.m2m;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** Owns its bs through a link table, each b with one a at most, orphans deleted. */
@Entity(table = "a")
public class A {
  @Id @GeneratedValue Long id;
  String data;

  @Relationship(secondary = AToB.class, cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      singleParent = true)
  final RelatedList<B> bs = A_.bs(this);

  A() {}

  A(String data) {
    this.data = data;
  }
}
