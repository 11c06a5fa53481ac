package dev.sluice.conformance.single.basic;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PolymorphicOn;

/** The base of DeleteOrphanTest: every row needs its parent. */
@Entity(table = "single")
@PolymorphicOn("type")
@PolymorphicIdentity("base")
public class Single {
  @Id @GeneratedValue Long id;
  @Column(nullable = false) String type;
  String data;
  @ForeignKey(entity = Holder.class) @Column(nullable = false) Long parentId;

  Single() {}

  Single(String data) {
    this.data = data;
  }
}
