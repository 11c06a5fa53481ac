package dev.sluice.conformance.joined.basic;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** A row referencing the joined subclass's table. */
@Entity(table = "t4")
public class T4 {
  @Id @GeneratedValue Long id;
  @ForeignKey(entity = T3.class) Long t3id;
  String data;

  T4() {}

  T4(String data) {
    this.data = data;
  }
}
