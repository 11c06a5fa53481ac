package dev.sluice.it.unique;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Unique;

/** An edition of a title: one row per title and number, and one per catalogue code. */
@Entity(table = "edition")
@Unique({"title", "number"})
@Unique({"catalogue", "code"})
public class Edition {
  @Id @GeneratedValue Long id;
  String title;
  Integer number;
  String catalogue;
  String code;

  Edition() {}

  Edition(String title, Integer number) {
    this.title = title;
    this.number = number;
  }
}
