package dev.sluice.it.decision;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** A record about a shelf that outlives it (a logical key the database does not check). */
@Entity(table = "shelf_log")
public class ShelfLog {
  @Id @GeneratedValue Long id;
  String text;
  @ForeignKey(entity = Shelf.class, constraint = false) Long shelfId;

  ShelfLog() {}

  ShelfLog(String text) {
    this.text = text;
  }
}
