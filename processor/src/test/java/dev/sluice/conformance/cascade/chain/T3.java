package dev.sluice.conformance.cascade.chain;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.runtime.RelatedRef;

/** The bottom of the chain. */
@Entity(table = "t3")
public class T3 {
  @Id @GeneratedValue Long id;
  String data;

  final RelatedRef<T2> t2 = T3_.t2(this);

  T3() {}

  T3(String data) {
    this.data = data;
  }
}
