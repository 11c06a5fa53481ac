package dev.sluice.it.shop;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A one-to-one without delete-orphan: a replaced badge keeps its row, unlinked. */
@Entity(table = "badge")
public class Badge {
  @Id @GeneratedValue Long id;
  @Column(unique = true) String code;
  @ForeignKey(entity = Owner.class) @Column(unique = true) Long ownerId;

  @Relationship(backPopulates = "badge")
  final RelatedRef<Owner> owner = Badge_.owner(this);

  Badge() {}

  Badge(String code) {
    this.code = code;
  }
}
