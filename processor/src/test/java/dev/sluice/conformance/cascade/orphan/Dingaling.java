package dev.sluice.conformance.cascade.orphan;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A row with a plain many-to-one to an address, no way back. */
@Entity(table = "dingalings")
public class Dingaling {
  @Id @GeneratedValue Long id;
  @ForeignKey(entity = Address.class) Long addressId;
  @Column(length = 30) String data;

  @Relationship
  final RelatedRef<Address> address = Dingaling_.address(this);

  Dingaling() {}

  Dingaling(String data) {
    this.data = data;
  }
}
