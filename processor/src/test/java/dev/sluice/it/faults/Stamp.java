package dev.sluice.it.faults;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** An entity without relations: nothing in it records the session it is in. */
@Entity(table = "stamp")
public class Stamp {
  @Id @GeneratedValue Long id;
  String text;

  Stamp() {}

  Stamp(String text) {
    this.text = text;
  }
}
