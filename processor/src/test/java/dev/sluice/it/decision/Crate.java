package dev.sluice.it.decision;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/** A child of a shelf, loaded to be deleted with it (its stickers must be found). */
@Entity(table = "crate")
public class Crate {
  @Id @GeneratedValue Long id;
  String name;
  @ForeignKey(entity = Shelf.class) @Column(nullable = false) Long shelfId;

  @Relationship(backPopulates = "crates")
  final RelatedRef<Shelf> shelf = Crate_.shelf(this);

  @Relationship(secondary = CrateSticker.class, backPopulates = "crates", cascade = Cascade.ALL)
  final RelatedList<Sticker> stickers = Crate_.stickers(this);

  Crate() {}

  Crate(String name) {
    this.name = name;
  }
}
