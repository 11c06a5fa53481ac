package dev.sluice.it.shop;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.runtime.RelatedList;

/** A toy owned through a link table by at most one owner. */
@Entity(table = "toy")
public class Toy {
  @Id @GeneratedValue Long id;
  String name;

  final RelatedList<Owner> owner = Toy_.owner(this);

  Toy() {}

  Toy(String name) {
    this.name = name;
  }
}
