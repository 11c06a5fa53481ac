package dev.sluice.it.decision;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A sticker on crates, deleted with a crate that holds it. */
@Entity(table = "sticker")
public class Sticker {
  @Id @GeneratedValue Long id;
  String name;

  @Relationship(secondary = CrateSticker.class, backPopulates = "stickers")
  final RelatedList<Crate> crates = Sticker_.crates(this);

  Sticker() {}

  Sticker(String name) {
    this.name = name;
  }
}
