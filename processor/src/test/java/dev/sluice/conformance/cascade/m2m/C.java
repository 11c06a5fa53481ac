package dev.sluice.conformance.cascade.m2m;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** A child of a b. */
@Entity(table = "c")
public class C {
  @Id @GeneratedValue Long id;
  String data;
  @ForeignKey(entity = B.class) Long bid;

  C() {}

  C(String data) {
    this.data = data;
  }
}
