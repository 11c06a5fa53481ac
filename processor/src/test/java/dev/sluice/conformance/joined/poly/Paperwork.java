package dev.sluice.conformance.joined.poly;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** Paperwork of a person of any class. */
@Entity(table = "paperwork")
public class Paperwork {
  @Id @GeneratedValue Long paperworkId;
  String description;
  @ForeignKey(entity = Person.class) Long personId;

  Paperwork() {}

  Paperwork(String description) {
    this.description = description;
  }
}
