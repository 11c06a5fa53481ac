package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** A row owned by a joined subclass, loaded JOINED with it. */
@Entity(table = "toy")
public class EtsToy {
  @Id @GeneratedValue Long id;
  String name;
  @ForeignKey(entity = EtsOther.class) @Column(nullable = false) Long otherId;

  EtsToy() {}

  EtsToy(String name) {
    this.name = name;
  }
}
