package dev.sluice.conformance.cascade.orphan;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** An order that cannot exist without its user (NOT NULL key), with no reference back. */
@Entity(table = "orders")
public class Order {
  @Id @GeneratedValue Long id;
  @ForeignKey(entity = User.class) @Column(nullable = false) Long userId;
  @Column(length = 30) String description;

  Order() {}

  Order(String description) {
    this.description = description;
  }
}
