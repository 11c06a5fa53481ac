package dev.sluice.conformance.joined.basic;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PolymorphicOn;

/** The root of the cascade's hierarchy. */
@Entity(table = "t2")
@PolymorphicOn("type")
@PolymorphicIdentity("t2")
public class T2 {
  @Id @GeneratedValue Long id;
  @ForeignKey(entity = T1.class) Long t1id;
  String type;
  String data;

  T2() {}

  T2(String data) {
    this.data = data;
  }
}
