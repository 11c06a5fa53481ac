package dev.sluice.conformance.cascade.m2m;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** The many-to-many target, owning cs one-to-many. */
@Entity(table = "b")
public class B {
  @Id @GeneratedValue Long id;
  String data;

  @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<C> cs = B_.cs(this);

  B() {}

  B(String data) {
    this.data = data;
  }
}
