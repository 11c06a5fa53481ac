package dev.sluice.it.flush;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** An order of exactly one customer. */
@Entity(table = "orders")
public class Order {
  @Id @GeneratedValue Long id;
  @ForeignKey(entity = Customer.class) @Column(nullable = false) Long customerId;
  String description;

  @Relationship(backPopulates = "orders")
  final RelatedRef<Customer> customer = Order_.customer(this);

  Order() {}

  Order(String description) {
    this.description = description;
  }
}
