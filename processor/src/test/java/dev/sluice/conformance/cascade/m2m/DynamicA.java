package dev.sluice.conformance.cascade.m2m;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedQuery;

/** As {@link A}, with its bs a dynamic (query) collection. */
@Entity(table = "dynamic_a")
public class DynamicA {
  @Id @GeneratedValue Long id;
  String data;

  @Relationship(secondary = DynamicAToB.class, cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      singleParent = true, lazy = Lazy.DYNAMIC)
  final RelatedQuery<B> bs = DynamicA_.bs(this);

  DynamicA() {}

  DynamicA(String data) {
    this.data = data;
  }
}
