package dev.sluice.conformance.cascade.chainkeep;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;


/** The bottom of the chain. */
@Entity(table = "t3")
public class T3 {
  @Id @GeneratedValue Long id;
  String data;


  T3() {}

  T3(String data) {
    this.data = data;
  }
}
