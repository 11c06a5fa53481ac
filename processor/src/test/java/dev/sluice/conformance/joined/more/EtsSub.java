package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.PolymorphicIdentity;

/** Table {@code sub}: the parent's key is a column of the joined table. */
@Entity(table = "sub")
@PolymorphicIdentity("s")
public class EtsSub extends EtsBase {
  String data;
  @ForeignKey(entity = EtsParent.class) @Column(nullable = false) Long parentId;

  EtsSub() {}

  EtsSub(String data) {
    this.data = data;
  }
}
