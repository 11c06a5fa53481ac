package dev.sluice.it.types;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** A generated id of primitive type: zero means the database assigns one. */
@Entity
public class Ticket {
  @Id @GeneratedValue int id;
  String label;

  Ticket() {}

  Ticket(String label) {
    this.label = label;
  }
}
