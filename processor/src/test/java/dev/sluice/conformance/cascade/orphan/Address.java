package dev.sluice.conformance.cascade.orphan;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** An address whose user key may be NULL. */
@Entity(table = "addresses")
public class Address {
  @Id @GeneratedValue Long id;
  @ForeignKey(entity = User.class) Long userId;
  @Column(length = 50) String emailAddress;

  @Relationship(backPopulates = "addresses")
  final RelatedRef<User> user = Address_.user(this);

  Address() {}

  Address(String emailAddress) {
    this.emailAddress = emailAddress;
  }
}
